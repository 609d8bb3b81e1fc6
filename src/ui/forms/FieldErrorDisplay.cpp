#include "forms/FieldErrorDisplay.h"
#include "PageStyle.h"

#include "forms/FormFields.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWidget>

namespace hearth::ui {

QString fieldLabel(const QString& field)
{
    QString label = field;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty()) {
        label[0] = label[0].toUpper();
    }
    return label;
}

FieldErrorDisplay::FieldErrorDisplay(QWidget* form, QLabel* generalLabel)
    : m_form(form)
    , m_general(generalLabel)
{
    if (m_general) {
        styleTone(m_general, colours::Tone::Problem);
        m_general->hide();
    }
}

QLabel* FieldErrorDisplay::labelFor(QWidget* field)
{
    if (auto existing = m_labels.value(field)) {
        return existing;
    }
    auto* label = new QLabel;
    label->setObjectName(field->objectName() + QStringLiteral("Error"));
    label->setWordWrap(true);
    styleTone(label, colours::Tone::Problem);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Under the field, in its row of a form layout; else after it in its grid or box layout.
    QWidget* parent = field->parentWidget();
    auto* layout = parent ? parent->layout() : nullptr;
    if (auto* form = qobject_cast<QFormLayout*>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role {};
        form->getWidgetPosition(field, &row, &role);
        if (row < 0) {
            // The field sits inside a row's layout (a check box beside a date, say).
            for (int index = 0; index < form->rowCount() && row < 0; ++index) {
                auto* item = form->itemAt(index, QFormLayout::FieldRole);
                if (item && item->layout() && item->layout()->indexOf(field) >= 0) {
                    row = index;
                }
            }
        }
        if (row >= 0) {
            form->insertRow(row + 1, QString(), label);
        } else {
            form->addRow(QString(), label);
        }
    } else if (auto* grid = qobject_cast<QGridLayout*>(layout)) {
        int index = grid->indexOf(field);
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        grid->addWidget(label, grid->rowCount(), column, 1, columnSpan);
    } else if (layout) {
        layout->addWidget(label);
    } else {
        label->setParent(parent);
    }
    m_labels.insert(field, label);
    return label;
}

bool FieldErrorDisplay::show(const FieldErrors& errors)
{
    clear();
    QStringList general;
    QWidget* first = nullptr;
    QHash<QWidget*, QStringList> byWidget;
    QList<QWidget*> order;
    for (const FieldError& error : errors) {
        QWidget* field = findField(m_form, error.field);
        m_messages[error.field] = m_messages.value(error.field).isEmpty()
            ? error.message
            : m_messages.value(error.field) + QStringLiteral("; ") + error.message;
        if (!field) {
            general.append(tr("%1: %2").arg(fieldLabel(error.field), error.message));
            continue;
        }
        if (!byWidget.contains(field)) {
            order.append(field);
        }
        byWidget[field].append(error.message);
    }
    for (QWidget* field : std::as_const(order)) {
        const QString message = byWidget.value(field).join(QStringLiteral("; "));
        QLabel* label = labelFor(field);
        label->setText(QStringLiteral("⚠ ") + message);
        label->show();
        field->setAccessibleDescription(message);
        if (!first) {
            first = field;
        }
    }
    if (m_general) {
        m_general->setText(general.join(QLatin1Char('\n')));
        m_general->setVisible(!general.isEmpty());
    }
    if (first) {
        // Bring the field's tab forward, scroll to it and put the cursor in it.
        for (QWidget* child = first; child && child != m_form; child = child->parentWidget()) {
            QWidget* parent = child->parentWidget();
            if (auto* tabs = parent ? qobject_cast<QTabWidget*>(parent->parentWidget()) : nullptr) {
                tabs->setCurrentWidget(child);
            } else if (auto* stack = qobject_cast<QStackedWidget*>(parent)) {
                stack->setCurrentWidget(child);
            }
        }
        for (QWidget* ancestor = first->parentWidget(); ancestor; ancestor = ancestor->parentWidget()) {
            if (auto* scroll = qobject_cast<QScrollArea*>(ancestor)) {
                scroll->ensureWidgetVisible(first);
                break;
            }
        }
        first->setFocus(Qt::OtherFocusReason);
    }
    return !errors.isEmpty();
}

void FieldErrorDisplay::clear()
{
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        if (it.value()) {
            it.value()->hide();
            it.value()->clear();
        }
        if (it.key()) {
            it.key()->setAccessibleDescription(QString());
        }
    }
    m_messages.clear();
    if (m_general) {
        m_general->clear();
        m_general->hide();
    }
}

QString FieldErrorDisplay::messageFor(const QString& field) const
{
    return m_messages.value(field);
}

} // namespace hearth::ui
