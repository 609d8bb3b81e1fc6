#include "CaseloadModel.h"
#include "CaseloadSource.h"

#include "StorageFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace hearth;
using hearth::models::CaseloadModel;
using hearth::models::CaseloadSource;

namespace {

// A source of `total` generated residents that counts its reads and can be told to fail.
class FakeSource : public CaseloadSource
{
public:
    explicit FakeSource(int total)
        : total(total)
    {
    }

    QStringList ids(const ResidentQuery& query) override
    {
        ++idReads;
        lastQuery = query;
        if (fail) {
            throw std::runtime_error("database is locked");
        }
        QStringList all;
        for (int row = 0; row < total; ++row) {
            all.append(QStringLiteral("id-%1").arg(row));
        }
        return all;
    }

    QList<ResidentSummary> rows(const QStringList& ids) override
    {
        ++rowReads;
        lastPageSize = static_cast<int>(ids.size());
        if (fail) {
            throw std::runtime_error("database is locked");
        }
        QList<ResidentSummary> page;
        for (const QString& id : ids) {
            const int row = id.mid(3).toInt();
            if (deleted.contains(id)) {
                continue;
            }
            ResidentSummary summary;
            summary.id = id;
            summary.givenName = QStringLiteral("Given%1").arg(row);
            summary.familyName = QStringLiteral("Family%1").arg(row, 6, 10, QLatin1Char('0'));
            summary.status = QStringLiteral("open");
            summary.nextFollowUpOn = QDate(2026, 11, 20).addDays(row % 5);
            summary.riskFlag = row % 7 == 0;
            page.append(summary);
        }
        return page;
    }

    int total;
    int idReads = 0;
    int rowReads = 0;
    int lastPageSize = 0;
    bool fail = false;
    QStringList deleted;
    ResidentQuery lastQuery;
};

} // namespace

TEST_CASE("The caseload model reads only the pages a view asks for")
{
    FakeSource source(100'000);
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&source);

    CHECK(model.rowCount() == 100'000);
    CHECK(source.idReads == 1);
    CHECK(source.rowReads <= 1); // at most the first page (the model tester reads a row)

    const auto name = [&model](int row) { return model.index(row, CaseloadModel::Name).data().toString(); };
    CHECK(name(0) == QStringLiteral("Family000000, Given0"));
    CHECK(name(199) == QStringLiteral("Family000199, Given199"));
    CHECK(source.rowReads == 1);
    CHECK(source.lastPageSize == CaseloadModel::kPageSize);

    CHECK(name(99'999) == QStringLiteral("Family099999, Given99999"));
    CHECK(source.rowReads == 2); // one page, however far down

    // Walking the whole table keeps at most kMaxCachedPages pages of rows in memory.
    for (int row = 0; row < 100'000; row += CaseloadModel::kPageSize) {
        REQUIRE(model.index(row, CaseloadModel::Name).data().toString().startsWith(QStringLiteral("Family")));
    }
    CHECK(model.cachedPages() == CaseloadModel::kMaxCachedPages);
    CHECK(source.idReads == 1); // scrolling never asks for the order again
    CHECK(model.rowOfId(QStringLiteral("id-99800")) == 99'800);
}

TEST_CASE("The caseload model shows names, due follow-ups and risk as text")
{
    FakeSource source(10);
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ResidentQuery query;
    query.today = QDate(2026, 11, 22);
    model.setQuery(query);
    model.setSource(&source);

    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Family000000, Given0"));
    CHECK(model.index(0, CaseloadModel::NextFollowUp).data().toString() == QStringLiteral("20 Nov 2026 (overdue)"));
    CHECK(model.index(2, CaseloadModel::NextFollowUp).data().toString() == QStringLiteral("22 Nov 2026 (due today)"));
    CHECK(model.index(3, CaseloadModel::NextFollowUp).data().toString() == QStringLiteral("23 Nov 2026"));
    CHECK(model.index(0, CaseloadModel::NextFollowUp).data(CaseloadModel::FollowUpOverdueRole).toBool());
    CHECK_FALSE(model.index(3, CaseloadModel::NextFollowUp).data(CaseloadModel::FollowUpOverdueRole).toBool());
    CHECK(model.index(0, CaseloadModel::Risk).data().toString() == QStringLiteral("At risk"));
    CHECK(model.index(1, CaseloadModel::Risk).data().toString().isEmpty());
    CHECK(model.index(0, CaseloadModel::Status).data().toString() == QStringLiteral("Open"));
}

TEST_CASE("Sorting the caseload model asks the source for the new order")
{
    FakeSource source(50);
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&source);

    model.sort(CaseloadModel::NextFollowUp, Qt::DescendingOrder);
    CHECK(source.lastQuery.sort == ResidentQuery::Sort::NextFollowUp);
    CHECK(source.lastQuery.descending);
    for (int column = 0; column < CaseloadModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        CHECK(source.lastQuery.sort == CaseloadModel::sortFor(static_cast<CaseloadModel::Column>(column)));
        CHECK_FALSE(source.lastQuery.descending);
    }
}

TEST_CASE("A failed read empties nothing silently: the model says what went wrong")
{
    FakeSource source(1000);
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failures(&model, &CaseloadModel::readFailed);
    model.setSource(&source);
    REQUIRE(model.rowCount() == 1000);

    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Family000000, Given0"));
    source.fail = true;
    CHECK(model.index(900, CaseloadModel::Name).data().isNull());
    CHECK(model.lastError() == QStringLiteral("database is locked"));
    REQUIRE(failures.wait(1000));
    CHECK(failures.first().first().toString() == QStringLiteral("database is locked"));
    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Family000000, Given0"));

    // A failed query shows an empty table and says why.
    model.refresh();
    CHECK(model.rowCount() == 0);
    CHECK(model.lastError() == QStringLiteral("database is locked"));
}

TEST_CASE("A resident deleted after the ids were read leaves a blank row, never another's data")
{
    FakeSource source(10);
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    source.deleted = {QStringLiteral("id-3")}; // deleted between reading the ids and the rows
    model.setSource(&source);
    CHECK(model.index(2, CaseloadModel::Name).data().toString() == QStringLiteral("Family000002, Given2"));
    CHECK(model.index(3, CaseloadModel::Name).data().isNull());
    CHECK(model.index(4, CaseloadModel::Name).data().toString() == QStringLiteral("Family000004, Given4"));
}

TEST_CASE("The caseload model over a real database filters, searches and sorts in SQL")
{
    test::StorageFixture fixture;
    auto residents = fixture.store.residents();
    Resident ada = fixture.makeResident(QStringLiteral("Ada"), QStringLiteral("Zephyr"));
    ada.crisisSince = QDate(2026, 11, 1);
    residents.create(ada);
    residents.create(fixture.makeResident(QStringLiteral("Bea"), QStringLiteral("Young")));
    const Resident cy = residents.create(fixture.makeResident(QStringLiteral("Cy"), QStringLiteral("Xavier")));
    residents.close(cy.id, QDate(2026, 11, 2), QStringLiteral("improved"));

    models::StoreCaseloadSource source(fixture.store);
    CaseloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSource(&source);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Xavier, Cy"));

    model.sort(CaseloadModel::Risk, Qt::AscendingOrder);
    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Zephyr, Ada"));
    model.sort(CaseloadModel::Name, Qt::DescendingOrder);
    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Zephyr, Ada"));

    ResidentQuery query = model.query();
    query.status = QStringLiteral("open");
    query.search = QStringLiteral("you");
    QSignalSpy totals(&model, &CaseloadModel::totalChanged);
    model.setQuery(query);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Young, Bea"));
    CHECK(totals.count() == 1);
    CHECK(totals.first().first().toLongLong() == 1);

    query.search.clear();
    query.riskOnly = true;
    model.setQuery(query);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, CaseloadModel::Risk).data().toString() == QStringLiteral("At risk"));
}
