#pragma once

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// What the main window asks of a page that shows the open database: take the store (nullptr
// before the store closes, or when the window goes) and read what it shows again. A page is a
// QWidget that also implements this; MainWindow::setupPages lists them.
class StorePage
{
public:
    virtual ~StorePage() = default;
    // The store is owned by the main window and outlives its use by the page.
    virtual void setStore(storage::Store* store) = 0;
    // Called when the page is shown and on View > Refresh (F5).
    virtual void refresh() = 0;
};

} // namespace hearth::ui
