#pragma once

#include <QWidget>

class QLabel;

namespace hearth::ui {

// A page whose feature arrives in a later version: its heading and what will appear there, and
// nothing that pretends to work.
class PlannedPage : public QWidget
{
    Q_OBJECT

public:
    PlannedPage(const QString& heading, const QString& description, QWidget* parent = nullptr);

    QString heading() const;
    QString description() const;

private:
    QLabel* m_heading;
    QLabel* m_description;
};

} // namespace hearth::ui
