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

// A source of `total` generated rows that counts its reads and can be told to fail.
class FakeSource : public CaseloadSource
{
public:
    explicit FakeSource(int total)
        : total(total)
    {
    }

    Page fetch(const ResidentQuery& query) override
    {
        ++fetches;
        lastQuery = query;
        if (fail) {
            throw std::runtime_error("database is locked");
        }
        Page page;
        page.total = total;
        for (int row = query.offset; row < qMin(total, query.offset + query.limit); ++row) {
            ResidentSummary summary;
            summary.id = QStringLiteral("id-%1").arg(row);
            summary.givenName = QStringLiteral("Given%1").arg(row);
            summary.familyName = QStringLiteral("Family%1").arg(row, 6, 10, QLatin1Char('0'));
            summary.status = QStringLiteral("open");
            summary.nextFollowUpOn = QDate(2026, 11, 20).addDays(row % 5);
            summary.riskFlag = row % 7 == 0;
            page.rows.append(summary);
        }
        return page;
    }

    int total;
    int fetches = 0;
    bool fail = false;
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
    CHECK(source.fetches == 1); // the first page brings the total

    CHECK(model.idAt(0) == QStringLiteral("id-0"));
    CHECK(model.idAt(199) == QStringLiteral("id-199"));
    CHECK(source.fetches == 1);

    CHECK(model.idAt(99'999) == QStringLiteral("id-99999"));
    CHECK(source.fetches == 2);
    CHECK(source.lastQuery.offset == 99'800);
    CHECK(source.lastQuery.limit == CaseloadModel::kPageSize);

    // Walking the whole table keeps at most kMaxCachedPages pages in memory.
    for (int row = 0; row < 100'000; row += CaseloadModel::kPageSize) {
        REQUIRE(model.idAt(row) == QStringLiteral("id-%1").arg(row));
    }
    CHECK(model.rowOfId(QStringLiteral("id-0")) == -1); // evicted long ago
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

    source.fail = true;
    CHECK(model.index(900, CaseloadModel::Name).data().isNull());
    CHECK(model.lastError() == QStringLiteral("database is locked"));
    REQUIRE(failures.wait(1000));
    CHECK(failures.first().first().toString() == QStringLiteral("database is locked"));
    CHECK(model.index(0, CaseloadModel::Name).data().toString() == QStringLiteral("Family000000, Given0"));
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
