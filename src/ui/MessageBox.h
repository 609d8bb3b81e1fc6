#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>

#include <optional>

class QWidget;

namespace hearth::ui {

// Every message box Hearth shows goes through here, so that a test can answer it (as KeePassXC's
// MessageBox::setNextAnswer) and check what was said, instead of a modal dialog blocking the test.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)

public:
    enum Button : unsigned {
        NoButton = 0, // closed with Escape, or not answered (see ask())
        Ok = 1U << 0,
        Cancel = 1U << 1,
        Yes = 1U << 2,
        No = 1U << 3,
        Close = 1U << 4,
        Quit = 1U << 5,
        OpenAnother = 1U << 6, // "Open another database…"
        CreateNew = 1U << 7, // "Create a new database…"
        Save = 1U << 8,
        Discard = 1U << 9, // "Discard changes"
        SetTo100 = 1U << 10, // "Set to 100%" (an action item marked complete below 100 percent)
        KeepAsEntered = 1U << 11, // "Keep as entered"
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    enum class Kind { Information, Warning, Critical, Question };

    // What the last message said, for tests.
    struct Shown
    {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString informativeText;
        Buttons buttons;
    };

    // Shows a modal message and returns the button pressed. With an answer queued by
    // setNextAnswer() nothing is shown and that answer is returned. In QStandardPaths test mode an
    // unanswered message returns NoButton rather than wait for a person who is not there.
    static Button ask(QWidget* parent, Kind kind, const QString& title, const QString& text,
                      const QString& informativeText, Buttons buttons, Button defaultButton = NoButton);

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           const QString& informativeText = {}, Buttons buttons = Ok, Button defaultButton = Ok)
    {
        return ask(parent, Kind::Critical, title, text, informativeText, buttons, defaultButton);
    }
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          const QString& informativeText = {}, Buttons buttons = Ok, Button defaultButton = Ok)
    {
        return ask(parent, Kind::Warning, title, text, informativeText, buttons, defaultButton);
    }

    static void setNextAnswer(Button answer);
    static std::optional<Shown> lastShown();
    static void clearLastShown();

    // The label of a button, as shown.
    static QString buttonText(Button button);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MessageBox::Buttons)

} // namespace hearth::ui
