// hearth_audit_bench: the Audit page at scale (issue 9), through the real widgets, offscreen,
// printed as Markdown. Adds N audit events (default 200,000) to a copy of nothing: a new database.
//
//   QT_QPA_PLATFORM=offscreen hearth_audit_bench [--events N]
//
// Targets: the page shows its first rows, applies any filter and scrolls to the oldest event in
// under 200 ms each at 200,000 events; Verify chain well under a few seconds.

#include "AuditEventModel.h"
#include "AuditLog.h"
#include "Store.h"
#include "audit/AuditPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace hearth;

namespace {

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

double timedMs(QTableView* view, const std::function<void()>& run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    view->viewport()->repaint();
    QCoreApplication::processEvents();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    int events = 200000;
    const QStringList arguments = QApplication::arguments();
    for (int index = 1; index < arguments.size(); ++index) {
        if (arguments.at(index) == QLatin1String("--events") && index + 1 < arguments.size()) {
            events = arguments.at(++index).toInt();
        }
    }
    QTemporaryDir folder;
    SystemClock clock;
    storage::Store store(folder.filePath(QStringLiteral("audit.db")), storage::Store::OpenMode::CreateNew, clock);
    QElapsedTimer fill;
    fill.start();
    {
        sql::Transaction transaction(store.db());
        const QStringList actions {QStringLiteral("view"), QStringLiteral("update"), QStringLiteral("create")};
        for (int n = 0; n < events; ++n) {
            store.audit().record(QStringLiteral("officer-%1").arg(n % 7), actions.at(n % 3), QStringLiteral("resident"),
                                 QStringLiteral("resident-%1").arg(n % 5000), QStringLiteral("bench event"));
        }
        transaction.commit();
    }
    print(QStringLiteral("| Audit page, %1 events | ms |").arg(events));
    print(QStringLiteral("|---|---:|"));
    print(QStringLiteral("| writing the events (one transaction) | %1 |").arg(fill.elapsed()));

    ui::AuditPage page;
    page.resize(1280, 800);
    page.show();
    QTableView* view = page.table();
    print(QStringLiteral("| open: count, first rows painted | %1 |")
              .arg(timedMs(view,
                           [&] {
                               page.setStore(&store);
                               page.refresh();
                           }),
                   0, 'f', 1));
    print(QStringLiteral("| scroll to the oldest event | %1 |")
              .arg(timedMs(view, [&] { view->scrollToBottom(); }), 0, 'f', 1));
    print(QStringLiteral("| filter: one resident | %1 |")
              .arg(timedMs(view, [&] { page.setResidentFilter(QStringLiteral("resident-42")); }), 0, 'f', 1));
    page.setResidentFilter({});
    print(QStringLiteral("| filter: one action | %1 |")
              .arg(timedMs(view, [&] { page.setActionFilter(QStringLiteral("update")); }), 0, 'f', 1));
    print(QStringLiteral("| filter: a date range | %1 |")
              .arg(timedMs(view, [&] { page.setDateRange(clock.today().addDays(-30), clock.today()); }), 0, 'f', 1));
    QElapsedTimer verify;
    verify.start();
    const bool intact = page.verifyChain();
    print(QStringLiteral("| Verify chain (%1) | %2 |")
              .arg(intact ? QStringLiteral("intact") : QStringLiteral("broken"))
              .arg(verify.elapsed()));
    print(QStringLiteral("| pages of events held | %1 |").arg(page.model()->cachedPages()));
    page.setStore(nullptr);
    return intact ? 0 : 1;
}
