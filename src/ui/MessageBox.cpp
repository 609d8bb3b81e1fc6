#include "MessageBox.h"

#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <map>

namespace hearth::ui {

namespace {

std::optional<MessageBox::Button> g_nextAnswer;
std::optional<MessageBox::Shown> g_lastShown;

constexpr MessageBox::Button kAllButtons[] = {
    MessageBox::OpenAnother, MessageBox::CreateNew,     MessageBox::Save, MessageBox::Discard,
    MessageBox::SetTo100,    MessageBox::KeepAsEntered, MessageBox::Yes,  MessageBox::No,
    MessageBox::Ok,          MessageBox::Close,         MessageBox::Quit, MessageBox::Cancel,
};

QMessageBox::ButtonRole roleOf(MessageBox::Button button)
{
    switch (button) {
    case MessageBox::Ok:
    case MessageBox::OpenAnother:
    case MessageBox::CreateNew:
    case MessageBox::Save:
    case MessageBox::SetTo100:
    case MessageBox::KeepAsEntered:
        return QMessageBox::AcceptRole;
    case MessageBox::Discard:
        return QMessageBox::DestructiveRole;
    case MessageBox::Yes:
        return QMessageBox::YesRole;
    case MessageBox::No:
        return QMessageBox::NoRole;
    case MessageBox::Cancel:
    case MessageBox::Close:
    case MessageBox::Quit:
    case MessageBox::NoButton:
        break;
    }
    return QMessageBox::RejectRole;
}

QMessageBox::Icon iconOf(MessageBox::Kind kind)
{
    switch (kind) {
    case MessageBox::Kind::Information:
        return QMessageBox::Information;
    case MessageBox::Kind::Warning:
        return QMessageBox::Warning;
    case MessageBox::Kind::Critical:
        return QMessageBox::Critical;
    case MessageBox::Kind::Question:
        return QMessageBox::Question;
    }
    return QMessageBox::NoIcon;
}

} // namespace

QString MessageBox::buttonText(Button button)
{
    switch (button) {
    case Ok:
        return tr("OK");
    case Cancel:
        return tr("Cancel");
    case Yes:
        return tr("Yes");
    case No:
        return tr("No");
    case Close:
        return tr("Close");
    case Quit:
        return tr("Quit");
    case OpenAnother:
        return tr("Open another database…");
    case CreateNew:
        return tr("Create a new database…");
    case Save:
        return tr("Save");
    case Discard:
        return tr("Discard changes");
    case SetTo100:
        return tr("Set to 100%");
    case KeepAsEntered:
        return tr("Keep as entered");
    case NoButton:
        break;
    }
    return {};
}

MessageBox::Button MessageBox::ask(QWidget* parent, Kind kind, const QString& title, const QString& text,
                                   const QString& informativeText, Buttons buttons, Button defaultButton)
{
    g_lastShown = Shown {kind, title, text, informativeText, buttons};
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        Q_ASSERT(answer == NoButton || buttons.testFlag(answer));
        return answer;
    }
    if (QStandardPaths::isTestModeEnabled()) {
        return NoButton;
    }

    QMessageBox box(iconOf(kind), title, text, QMessageBox::NoButton, parent);
    box.setInformativeText(informativeText);
    std::map<QAbstractButton*, Button> pressed;
    QAbstractButton* escape = nullptr;
    for (const Button button : kAllButtons) {
        if (!buttons.testFlag(button)) {
            continue;
        }
        QPushButton* added = box.addButton(buttonText(button), roleOf(button));
        pressed[added] = button;
        if (button == defaultButton) {
            box.setDefaultButton(added);
        }
        if (roleOf(button) == QMessageBox::RejectRole || (!escape && button == No)) {
            escape = added;
        }
    }
    if (escape) {
        box.setEscapeButton(escape);
    }
    box.exec();
    const auto found = pressed.find(box.clickedButton());
    return found == pressed.end() ? NoButton : found->second;
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

std::optional<MessageBox::Shown> MessageBox::lastShown()
{
    return g_lastShown;
}

void MessageBox::clearLastShown()
{
    g_lastShown.reset();
}

} // namespace hearth::ui
