#include "pages/PlannedPage.h"

#include "PageStyle.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hearth::ui {

PlannedPage::PlannedPage(const QString& heading, const QString& description, QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(heading, this))
    , m_description(new QLabel(description, this))
{
    setAccessibleName(heading);
    m_heading->setObjectName(QStringLiteral("heading"));
    styleHeading(m_heading);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* later =
        new QLabel(tr("This part of Hearth arrives in a later version. Nothing on this page works yet."), this);
    later->setObjectName(QStringLiteral("laterNote"));
    later->setWordWrap(true);
    QFont italic = later->font();
    italic.setItalic(true);
    later->setFont(italic);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addWidget(later);
    layout->addStretch(1);
}

QString PlannedPage::heading() const
{
    return m_heading->text();
}

QString PlannedPage::description() const
{
    return m_description->text();
}

} // namespace hearth::ui
