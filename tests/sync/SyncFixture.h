#pragma once

#include "AuditLog.h"
#include "ContactRepository.h"
#include "Interchange.h"
#include "OfficerRepository.h"
#include "ResidentRepository.h"
#include "Store.h"
#include "SyncEngine.h"
#include "SyncRepository.h"
#include "WardRepository.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace hearth::test {

inline const QString kPassphrase = QStringLiteral("correct horse battery staple");

// One database of a team: its own folder, store and sync engine, acting as its own officer.
struct Replica
{
    QString name;
    TempFolder folder;
    std::unique_ptr<storage::Store> store;
    std::unique_ptr<sync::SyncEngine> engine;
    Officer officer;

    Replica(const QString& replicaName, const Clock& clock, std::uint64_t seed, const QString& role)
        : name(replicaName)
    {
        store = std::make_unique<storage::Store>(folder.dbPath(), storage::Store::OpenMode::CreateNew, clock);
        // Site ids and record ids from the seed, so that a failing seed replays exactly.
        store->reseedIds(seed);
        store->setSiteId(store->ids().next(clock.nowUtc()));
        engine = std::make_unique<sync::SyncEngine>(*store);
        engine->setRole(role);
        store->wards().save({QStringLiteral("E05000001"), QStringLiteral("Riverside"), {}});
        officer = store->officers().add({{}, replicaName, QStringLiteral("officer"), {}, {}});
        store->setActingOfficer(officer.id);
    }

    QByteArray dump() { return storage::dumpJson(*store); }
    storage::SyncRepository repo() { return storage::SyncRepository(*store); }

    Resident newResident(const QString& given, const QString& family)
    {
        Resident resident;
        resident.givenName = given;
        resident.familyName = family;
        resident.wardCode = QStringLiteral("E05000001");
        resident.identifiedOn = QDate(2026, 10, 1);
        resident.phone = QStringLiteral("07700 900123");
        return store->residents().create(resident);
    }

    Resident resident(const QString& id) { return *store->residents().find(id); }

    // Soft delete, as a repository would do it: the row stays with deleted_at set.
    void softDelete(const QString& table, const QString& key)
    {
        auto statement = store->db().prepare(
            QStringLiteral("UPDATE %1 SET deleted_at = ?, updated_at = ?, site_id = ?, row_version = row_version + 1 "
                           "WHERE id = ?")
                .arg(table));
        statement.bind(1, isoTimestamp(store->clock().nowUtc()))
            .bind(2, isoTimestamp(store->clock().nowUtc()))
            .bind(3, store->siteId())
            .bind(4, key)
            .run();
    }
};

// A hub and officers, each knowing the others as peers the hub-and-spoke way, on one fixed clock.
struct Team
{
    FixedClock clock {fixedNow()};
    std::vector<std::unique_ptr<Replica>> replicas; // [0] is the hub

    explicit Team(int officers, std::uint64_t seed = 1)
    {
        replicas.push_back(std::make_unique<Replica>(QStringLiteral("Hub"), clock, seed * 64, QStringLiteral("hub")));
        for (int i = 1; i <= officers; ++i) {
            replicas.push_back(std::make_unique<Replica>(QStringLiteral("Officer %1").arg(i), clock, seed * 64 + i,
                                                         QStringLiteral("officer")));
            hub().engine->addPeer(replicas.back()->store->siteId(), replicas.back()->name);
            replicas.back()->engine->addPeer(hub().store->siteId(), QStringLiteral("Hub"));
        }
    }

    Replica& hub() { return *replicas.front(); }
    Replica& officer(int i) { return *replicas.at(static_cast<size_t>(i)); }

    // A bundle from one replica to another, with the fast test-only key derivation.
    QByteArray bundle(Replica& from, Replica& to)
    {
        clock.advanceMs(1000);
        sync::ExportRequest request;
        request.to = to.store->siteId();
        request.passphrase = kPassphrase;
        request.kdf = sync::KdfLimits::fastForTestsOnly();
        return from.engine->exportBundle(request).bundle;
    }

    sync::ImportResult receive(Replica& to, const QByteArray& bundle)
    {
        clock.advanceMs(1000);
        return to.engine->importBundle(bundle, kPassphrase);
    }

    sync::ImportResult send(Replica& from, Replica& to) { return receive(to, bundle(from, to)); }

    // What the replica's dump must be once all bundles are exchanged: the hub holds everything; an
    // officer's database holds the council-wide data and its own caseload (design.md § Sync:
    // hub and spoke, each officer's caseload in their own database).
    QByteArray expectedDump(Replica& replica)
    {
        const QJsonObject hubDump = QJsonDocument::fromJson(hub().dump()).object();
        if (&replica == &hub()) {
            return QJsonDocument(hubDump).toJson(QJsonDocument::Indented);
        }
        return QJsonDocument(caseloadOf(hubDump, replica.officer.id)).toJson(QJsonDocument::Indented);
    }

    // The replica's dump, written the way expectedDump writes it.
    static QByteArray dumpOf(Replica& replica)
    {
        return QJsonDocument(QJsonDocument::fromJson(replica.dump()).object()).toJson(QJsonDocument::Indented);
    }

    static QJsonObject caseloadOf(QJsonObject dump, const QString& officerId)
    {
        QJsonObject tables = dump.value(QStringLiteral("tables")).toObject();
        QSet<QString> residents;
        QSet<QString> referrals;
        const auto keep = [&](const QString& table, const std::function<bool(const QJsonObject&)>& wanted) {
            QJsonArray kept;
            for (const auto& row : tables.value(table).toArray()) {
                if (wanted(row.toObject())) {
                    kept.append(row);
                }
            }
            tables.insert(table, kept);
        };
        keep(QStringLiteral("residents"), [&](const QJsonObject& row) {
            const bool mine = row.value(QStringLiteral("assigned_officer_id")).toString() == officerId;
            if (mine) {
                residents.insert(row.value(QStringLiteral("id")).toString());
            }
            return mine;
        });
        for (const auto* table : {"case_closures", "contacts", "measurements", "referrals"}) {
            keep(QString::fromLatin1(table), [&](const QJsonObject& row) {
                const bool mine = residents.contains(row.value(QStringLiteral("resident_id")).toString());
                if (mine && QLatin1String(table) == QLatin1String("referrals")) {
                    referrals.insert(row.value(QStringLiteral("id")).toString());
                }
                return mine;
            });
        }
        keep(QStringLiteral("referral_events"), [&](const QJsonObject& row) {
            return referrals.contains(row.value(QStringLiteral("referral_id")).toString());
        });
        dump.insert(QStringLiteral("tables"), tables);
        return dump;
    }

    // Every officer to the hub, then the hub to every officer.
    void round()
    {
        for (size_t i = 1; i < replicas.size(); ++i) {
            send(*replicas[i], hub());
        }
        for (size_t i = 1; i < replicas.size(); ++i) {
            send(hub(), *replicas[i]);
        }
    }
};

} // namespace hearth::test
