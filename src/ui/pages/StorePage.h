#pragma once

namespace hearth::storage {
class Store;
}

namespace hearth::ui {

// What the main window asks of a page that shows the open database: take the store (nullptr
// before the store closes, or when the window goes) and, when the page is shown, read what it
// shows. A page is a QWidget that also implements this; MainWindow::setupPages lists them.
//
// setStore only takes the store and forgets what came from the old one: it reads nothing, so
// opening a large database costs only the page on screen (the Reports page alone needs seconds
// at 100,000 residents). The window calls refresh() on the page it shows, every time it shows it.
class StorePage
{
public:
    virtual ~StorePage() = default;
    // The store is owned by the main window and outlives its use by the page.
    virtual void setStore(storage::Store* store) = 0;
    // Called when the page is shown and, for the page on screen, after a change elsewhere in the
    // window (View > Refresh, an import, council settings, signing in).
    virtual void refresh() = 0;
};

} // namespace hearth::ui
