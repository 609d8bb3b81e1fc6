#include "Disclosure.h"

#include <QCoreApplication>

#include <optional>

namespace hearth::disclosure {

namespace {

// One deduction: the value at `revealed` can be worked out through `line`.
struct Leak
{
    int line = -1;
    int revealed = -1;
};

// Works out what single-line arithmetic reveals, starting from the visible values. With
// `stopAtLeak`, stops at the first hidden value revealed and reports it.
std::optional<Leak> propagate(const Problem& problem, const QList<bool>& suppressed, QList<bool>& known,
                              bool stopAtLeak)
{
    known.resize(problem.values.size());
    for (qsizetype i = 0; i < known.size(); ++i) {
        known[i] = !suppressed[i];
    }
    bool progress = true;
    while (progress) {
        progress = false;
        for (qsizetype l = 0; l < problem.lines.size(); ++l) {
            const Line& line = problem.lines[l];
            if (line.total < 0) {
                continue;
            }
            int unknown = -1;
            int unknownCount = 0;
            for (int cell : line.cells) {
                if (!known[cell]) {
                    unknown = cell;
                    ++unknownCount;
                }
            }
            int revealed = -1;
            if (known[line.total] && unknownCount == 1) {
                revealed = unknown;
            } else if (!known[line.total] && unknownCount == 0) {
                revealed = line.total;
            }
            if (revealed < 0) {
                continue;
            }
            if (stopAtLeak && suppressed[revealed]) {
                return Leak {static_cast<int>(l), revealed};
            }
            known[revealed] = true;
            progress = true;
        }
    }
    return std::nullopt;
}

std::optional<Leak> findLeak(const Problem& problem, const QList<bool>& suppressed)
{
    QList<bool> known;
    return propagate(problem, suppressed, known, true);
}

// The smallest visible non-zero value among `cells`, other than `except`; -1 when none.
int smallestVisible(const Problem& problem, const QList<bool>& suppressed, const QList<int>& cells, int except)
{
    int best = -1;
    for (int cell : cells) {
        if (cell == except || suppressed[cell] || problem.values[cell] == 0) {
            continue;
        }
        if (best < 0 || problem.values[cell] < problem.values[best]) {
            best = cell;
        }
    }
    return best;
}

} // namespace

bool isSmallCount(qint64 value, int threshold)
{
    return value >= 1 && value < threshold;
}

QList<bool> suppress(const Problem& problem, int threshold)
{
    QList<bool> suppressed(problem.values.size());
    for (qsizetype i = 0; i < suppressed.size(); ++i) {
        suppressed[i] = isSmallCount(problem.values[i], threshold);
    }
    // Each round hides one more value, so this ends after at most values.size() rounds.
    for (qsizetype round = 0; round <= problem.values.size(); ++round) {
        const auto leak = findLeak(problem, suppressed);
        if (!leak) {
            break;
        }
        const Line& line = problem.lines[leak->line];
        int next = smallestVisible(problem, suppressed, line.cells, leak->revealed);
        if (next < 0 && line.total != leak->revealed && !suppressed[line.total]) {
            next = line.total;
        }
        if (next < 0) {
            // Every other value of the line is zero or hidden already (the total was itself worked
            // out): hide the smallest visible non-zero value of any line through the revealed one.
            for (const Line& other : problem.lines) {
                if (other.cells.contains(leak->revealed) || other.total == leak->revealed) {
                    QList<int> members = other.cells;
                    if (other.total >= 0) {
                        members.append(other.total);
                    }
                    const int candidate = smallestVisible(problem, suppressed, members, leak->revealed);
                    if (candidate >= 0 && (next < 0 || problem.values[candidate] < problem.values[next])) {
                        next = candidate;
                    }
                }
            }
        }
        if (next < 0) {
            break; // nothing left to hide: every other value in reach is zero
        }
        suppressed[next] = true;
    }
    return suppressed;
}

QList<bool> derivable(const Problem& problem, const QList<bool>& suppressed)
{
    QList<bool> known;
    propagate(problem, suppressed, known, false);
    return known;
}

QString publicationFootnote(int threshold)
{
    return QCoreApplication::translate(
               "Disclosure",
               "For publication: counts from 1 to %1 are shown as * (primary suppression); zero is shown as 0. "
               "Where a hidden count could be worked out from a visible total, the smallest other non-zero count "
               "in that row or column is hidden too (secondary suppression). Percentages based on a hidden count "
               "are hidden. Totals are calculated from the true figures; a total from 1 to %1 is itself hidden.")
        .arg(threshold - 1);
}

QString internalNotice()
{
    return QCoreApplication::translate("Disclosure", "Not for publication: true figures, including small counts.");
}

} // namespace hearth::disclosure
