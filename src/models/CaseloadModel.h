#pragma once

#include "Caseload.h"
#include "CouncilVocabulary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace hearth::models {

class CaseloadSource;

// The caseload as a table: one row per resident matching a ResidentQuery. Filtering and sorting
// are the query's, run by SQL, which gives the matching ids in order; the model keeps a few pages
// of rows and fetches others by id when a view asks for them (see CaseloadSource).
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Ward,
        TargetGroups,
        Status,
        Officer,
        IdentifiedOn,
        LastContact,
        NextFollowUp,
        Risk,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        IdRole = Qt::UserRole + 1, // the resident's id
        FollowUpOverdueRole, // bool: an open case whose next follow-up is due today or earlier
        RiskRole, // bool: a crisis or safeguarding flag is raised
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 16;

    explicit CaseloadModel(QObject* parent = nullptr);
    ~CaseloadModel() override;

    // The source outlives the model or is replaced before it goes; nullptr empties the model.
    void setSource(CaseloadSource* source);
    // Filters, search text, sort and today's date; offset and limit are the model's own.
    void setQuery(const ResidentQuery& query);
    // Both at once, read once.
    void show(CaseloadSource* source, const ResidentQuery& query);
    const ResidentQuery& query() const { return m_query; }
    CaseloadSource* source() const { return m_source; }
    // The council's target groups, for their labels (Hearth's built-in list until set).
    void setVocabulary(const CouncilVocabulary& vocabulary) { m_vocabulary = vocabulary; }
    // Reads the rows again (after an edit elsewhere).
    void refresh();

    // The row showing the resident, or -1 if they do not match the query.
    int rowOfId(const QString& id) const;
    // How many pages of rows are held now (at most kMaxCachedPages).
    int cachedPages() const { return static_cast<int>(m_pages.size()); }
    QString idAt(int row) const;
    // The message of the last read that failed, or empty.
    QString lastError() const { return m_lastError; }

    static ResidentQuery::Sort sortFor(Column column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A read from the database failed; the model shows what it had.
    void readFailed(const QString& message);
    // Emitted after every reset, with the number of matching residents.
    void totalChanged(qint64 total);

private:
    const ResidentSummary* rowAt(int row) const;
    bool loadPage(int page) const;
    void reportFailure(const std::exception& error) const;
    QString text(const ResidentSummary& row, int column) const;

    CaseloadSource* m_source = nullptr;
    ResidentQuery m_query;
    CouncilVocabulary m_vocabulary;
    QStringList m_ids; // every matching resident, in order
    // Pages of kPageSize rows by page number, and the order they were last used (newest last).
    mutable QHash<int, QList<ResidentSummary>> m_pages;
    mutable QList<int> m_pageUse;
    mutable QString m_lastError;
};

} // namespace hearth::models
