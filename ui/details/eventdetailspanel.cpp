// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/details/eventdetailspanel.h"

#include "app/core/colors.h"
#include "app/core/document.h"
#include "app/core/eventdetails.h"
#include "app/core/viewstate.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>

namespace at {

EventDetailsPanel::EventDetailsPanel(const Document *document, ViewState *state, QWidget *parent)
    : QWidget(parent), m_document(document), m_state(state), m_locale(QLocale())
{
    setObjectName(QStringLiteral("eventDetailsPanel"));
    m_placeholder = new QLabel(tr("Select an event on the timeline to see its details."), this);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    column->addWidget(m_title);
    m_form = new QFormLayout;
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    column->addLayout(m_form);
    addField(QStringLiteral("date"), tr("Date:"));
    addField(QStringLiteral("precision"), tr("Precision:"));
    addField(QStringLiteral("dateNote"), tr("Date note:"));
    addField(QStringLiteral("kind"), tr("Kind:"));
    addField(QStringLiteral("status"), tr("Status:"));
    addField(QStringLiteral("parties"), tr("Parties:"));
    addField(QStringLiteral("summary"), tr("Summary:"));
    addField(QStringLiteral("source"), tr("Source:"));
    addField(QStringLiteral("sourceDetails"), tr("Published:"));
    addField(QStringLiteral("quotes"), tr("Quotes:"));
    m_editorSlot = new QVBoxLayout;
    column->addLayout(m_editorSlot);
    column->addStretch(1);

    m_scroll = new QScrollArea;
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(state, &ViewState::selectionChanged, this, &EventDetailsPanel::refresh);
    connect(document, &Document::replaced, this, &EventDetailsPanel::refresh);
    refresh();
}

QLabel *EventDetailsPanel::addField(const QString &name, const QString &label)
{
    auto *value = new QLabel;
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText); // data, never markup
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setMinimumWidth(120);
    auto *caption = new QLabel(label);
    caption->setForegroundRole(QPalette::PlaceholderText);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    m_values << value;
    return value;
}

void EventDetailsPanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refresh();
}

void EventDetailsPanel::setAnnotationEditor(QWidget *editor)
{
    if (m_editor == editor)
        return;
    delete m_editor;
    m_editor = editor;
    if (editor)
        m_editorSlot->addWidget(editor);
}

QString EventDetailsPanel::fieldText(const QString &field) const
{
    if (field == u"title")
        return m_title->text();
    for (const QLabel *l : m_values) {
        if (l->objectName() == field)
            return l->text();
    }
    return {};
}

void EventDetailsPanel::refresh()
{
    const Selection s = m_state->selection();
    const Dataset &d = m_document->dataset();
    const int shown = m_event;
    m_event =
        s.type == Selection::Type::Event && s.index >= 0 && size_t(s.index) < d.events.size() ? s.index : -1;
    if (m_event < 0) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    const EventDetails details = EventDescription::describe(d, m_event, m_locale);
    m_title->setText(details.title);
    const QStringList values{details.date,          details.precision, details.dateNote, details.kind,
                             details.status,        details.parties,   details.summary,  details.source,
                             details.sourceDetails, details.quotes};
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        m_values[i]->setText(values[i]);
        // Fields the event does not have take no room.
        const bool visible = !values[i].isEmpty();
        m_values[i]->setVisible(visible);
        if (QWidget *caption = m_form->labelForField(m_values[i]))
            caption->setVisible(visible);
    }
    // The kind in its colour, as on the timeline.
    QPalette pal = m_values[3]->palette();
    pal.setColor(QPalette::WindowText, kindColor(d.events[size_t(m_event)].kind).darker(110));
    m_values[3]->setPalette(pal);
    m_stack->setCurrentIndex(1);
    // Another event opens at its title, not where the last one was scrolled to (the annotation form).
    if (m_event != shown)
        m_scroll->verticalScrollBar()->setValue(0);
}

} // namespace at
