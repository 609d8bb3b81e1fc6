// hearth_caseload_bench: the caseload window's speed targets (issue 3), measured through the real
// widgets on an existing database, offscreen, printed as Markdown.
//
//   QT_QPA_PLATFORM=offscreen hearth_caseload_bench --db PATH [--repeat R]
//
// Targets at 100,000 residents: the caseload usable within 1.5 s of the window being asked for;
// a search keystroke answered in under 50 ms (median); sorting by any column under 200 ms;
// scrolling from top to bottom never stalls; the GUI's resident memory under 300 MB.

#include "CaseloadModel.h"
#include "MainWindow.h"
#include "Store.h"
#include "caseload/CaseloadPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace hearth;

namespace {

void print(const QString& line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

qint64 statusKiB(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(static_cast<qsizetype>(qstrlen(key))).trimmed().split(' ').first().toLongLong();
        }
    }
    return 0;
}

// Time of `run` plus painting the table, as a person would wait for it.
double timedMs(QTableView* view, const std::function<void()>& run)
{
    QElapsedTimer timer;
    timer.start();
    run();
    view->viewport()->repaint();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QString dbPath;
    int repeat = 5;
    const QStringList arguments = QApplication::arguments();
    for (int index = 1; index < arguments.size(); ++index) {
        if (arguments.at(index) == QLatin1String("--db") && index + 1 < arguments.size()) {
            dbPath = arguments.at(++index);
        } else if (arguments.at(index) == QLatin1String("--repeat") && index + 1 < arguments.size()) {
            repeat = arguments.at(++index).toInt();
        }
    }
    if (dbPath.isEmpty() || !QFile::exists(dbPath)) {
        std::fputs("usage: hearth_caseload_bench --db PATH (made by hearth-cli demo)\n", stderr);
        return 64;
    }
    QTemporaryDir settingsFolder;
    QSettings settings(settingsFolder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    SystemClock clock;

    // Launch: open the database, build the window and paint the first rows.
    QElapsedTimer launch;
    launch.start();
    auto store = std::make_unique<storage::Store>(dbPath, storage::Store::OpenMode::Existing, clock);
    const double openMs = static_cast<double>(launch.nsecsElapsed()) / 1e6;
    ui::MainWindow window(clock, settings, std::move(store));
    const double windowMs = static_cast<double>(launch.nsecsElapsed()) / 1e6 - openMs;
    window.resize(1280, 800);
    window.show();
    auto* page = window.findChild<ui::CaseloadPage*>();
    // The caseload page's own widgets: other pages have a search box of the same name.
    auto* view = page->findChild<QTableView*>(QStringLiteral("caseloadView"));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    view->viewport()->repaint();
    QCoreApplication::processEvents();
    const double launchMs = static_cast<double>(launch.nsecsElapsed()) / 1e6;
    const qint64 rows = page->model()->rowCount();

    print(QStringLiteral("| caseload window (%1) | value |").arg(QFileInfo(dbPath).fileName()));
    print(QStringLiteral("|---|---:|"));
    print(QStringLiteral("| residents listed (open cases) | %1 |").arg(rows));
    print(QStringLiteral("| open the database, show the window, paint the first rows | %1 ms |").arg(ms(launchMs)));
    print(QStringLiteral("| of which: open the database | %1 ms |").arg(ms(openMs)));
    print(QStringLiteral("| of which: build the window and read the caseload | %1 ms |").arg(ms(windowMs)));
    print(QStringLiteral("| of which: show and paint | %1 ms |").arg(ms(launchMs - openMs - windowMs)));

    // Search keystrokes: the text as typed, one letter at a time, each answered in full.
    const QStringList typed {QStringLiteral("smith"), QStringLiteral("qh3 4"), QStringLiteral("07700 9001"),
                             QStringLiteral("walking")};
    print(QStringLiteral("\n| search as typed | median ms per keystroke | slowest ms | results |"));
    print(QStringLiteral("|---|---:|---:|---:|"));
    for (const QString& text : typed) {
        std::vector<double> samples;
        for (int r = 0; r < repeat; ++r) {
            for (int length = 1; length <= text.size(); ++length) {
                samples.push_back(timedMs(view, [&] {
                    search->setText(text.left(length));
                    page->applyFilters(); // what the pause after typing triggers
                }));
            }
        }
        print(QStringLiteral("| `%1` | %2 | %3 | %4 |")
                  .arg(text, ms(median(samples)), ms(*std::max_element(samples.begin(), samples.end())))
                  .arg(page->model()->rowCount()));
    }
    search->clear();
    page->applyFilters();

    // Sorting by each column, both ways.
    print(QStringLiteral("\n| sort by | ascending ms | descending ms |"));
    print(QStringLiteral("|---|---:|---:|"));
    double slowestSort = 0;
    for (int column = 0; column < models::CaseloadModel::ColumnCount; ++column) {
        std::vector<double> up;
        std::vector<double> down;
        for (int r = 0; r < repeat; ++r) {
            up.push_back(timedMs(view, [&] { view->sortByColumn(column, Qt::AscendingOrder); }));
            down.push_back(timedMs(view, [&] { view->sortByColumn(column, Qt::DescendingOrder); }));
        }
        slowestSort = std::max({slowestSort, median(up), median(down)});
        print(QStringLiteral("| %1 | %2 | %3 |")
                  .arg(page->model()->headerData(column, Qt::Horizontal).toString(), ms(median(up)), ms(median(down))));
    }
    view->sortByColumn(models::CaseloadModel::Name, Qt::AscendingOrder);

    // Scrolling: drag the scroll bar from top to bottom in 50 steps, then page down 200 times.
    std::vector<double> jumps;
    QScrollBar* bar = view->verticalScrollBar();
    for (int step = 0; step <= 50; ++step) {
        jumps.push_back(timedMs(view, [&] { bar->setValue(bar->maximum() * step / 50); }));
    }
    std::vector<double> pages;
    bar->setValue(0);
    for (int step = 0; step < 200; ++step) {
        pages.push_back(timedMs(view, [&] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); }));
    }
    print(QStringLiteral("\n| scrolling | median ms | slowest ms |"));
    print(QStringLiteral("|---|---:|---:|"));
    print(QStringLiteral("| scroll bar dragged top to bottom (50 jumps) | %1 | %2 |")
              .arg(ms(median(jumps)), ms(*std::max_element(jumps.begin(), jumps.end()))));
    print(QStringLiteral("| page down (200 times) | %1 | %2 |")
              .arg(ms(median(pages)), ms(*std::max_element(pages.begin(), pages.end()))));

    print(QStringLiteral("\n| memory | MiB |"));
    print(QStringLiteral("|---|---:|"));
    print(QStringLiteral("| resident set now | %1 |").arg(statusKiB("VmRSS:") / 1024));
    print(QStringLiteral("| peak resident set | %1 |").arg(statusKiB("VmHWM:") / 1024));
    return 0;
}
