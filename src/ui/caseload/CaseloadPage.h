#pragma once

#include "caseload/CaseloadSummary.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class CaseloadPage;
}

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// The Caseload page: for now, the headline figures of the open database (open and closed cases,
// follow-ups due). The full caseload table arrives with the models layer.
class CaseloadPage : public QWidget
{
    Q_OBJECT

public:
    explicit CaseloadPage(QWidget* parent = nullptr);
    ~CaseloadPage() override;

    // The store is owned by the main window and outlives its use here; nullptr shows nothing.
    void setStore(storage::Store* store);
    // Reads the figures again from the database.
    void refresh();

    // The figures last shown, or nothing if they could not be read.
    std::optional<CaseloadSummary> summary() const { return m_summary; }

private:
    std::unique_ptr<Ui::CaseloadPage> m_ui;
    storage::Store* m_store = nullptr;
    std::optional<CaseloadSummary> m_summary;
};

} // namespace hearth::ui
