// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/filterbar/filterbar.h"

#include "app/core/document.h"
#include "app/core/vocabulary.h"

#include <QBoxLayout>
#include <QCollator>
#include <QDateEdit>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

namespace at {
namespace {

// Keeps a menu of checkable actions open while the user ticks several of them.
class StayOpen : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonRelease) {
            auto *menu = static_cast<QMenu *>(watched);
            QAction *action = menu->activeAction();
            if (action && action->isCheckable() && action->isEnabled()) {
                action->trigger();
                return true;
            }
        }
        return false;
    }
};

QList<int> checkedValues(const QToolButton *button)
{
    QList<int> values;
    for (const QAction *a : button->menu()->actions()) {
        if (a->isCheckable() && a->isChecked())
            values << a->data().toInt();
    }
    return values;
}

void setCheckedValues(QToolButton *button, const QList<int> &values)
{
    for (QAction *a : button->menu()->actions()) {
        if (a->isCheckable())
            a->setChecked(values.contains(a->data().toInt()));
    }
}

template <typename E> QList<int> toInts(const QList<E> &values)
{
    QList<int> out;
    for (E v : values)
        out << int(v);
    return out;
}

template <typename E> QList<E> fromInts(const QList<int> &values)
{
    QList<E> out;
    for (int v : values)
        out << E(v);
    return out;
}

} // namespace

FilterBar::FilterBar(const Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_locale(QLocale())
{
    setObjectName(QStringLiteral("filterBar"));
    buildUi();
    fillEntities();
    updateDateRange();
    updateButtons();
    connect(document, &Document::replaced, this, [this] {
        // Entity indexes belong to the old dataset: start over.
        m_updating = true;
        fillEntities();
        updateDateRange();
        m_updating = false;
        apply();
    });
}

void FilterBar::buildUi()
{
    auto *stayOpen = new StayOpen(this);
    auto makeButton = [&](const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *menu = new QMenu(button);
        menu->installEventFilter(stayOpen);
        button->setMenu(menu);
        return button;
    };
    m_entities = makeButton(QStringLiteral("entityFilter"));
    m_sectors = makeButton(QStringLiteral("sectorFilter"));
    m_kinds = makeButton(QStringLiteral("kindFilter"));
    m_statuses = makeButton(QStringLiteral("statusFilter"));

    auto addChoice = [this](QToolButton *button, const QString &text, int value) {
        QAction *a = button->menu()->addAction(text);
        a->setCheckable(true);
        a->setData(value);
        connect(a, &QAction::toggled, this, &FilterBar::apply);
    };
    auto addShowAll = [this](QToolButton *button) {
        QAction *all = button->menu()->addAction(tr("Show All"));
        connect(all, &QAction::triggered, this, [this, button] {
            m_updating = true;
            setCheckedValues(button, {});
            m_updating = false;
            apply();
        });
        button->menu()->addSeparator();
    };
    for (QToolButton *b : {m_sectors, m_kinds, m_statuses})
        addShowAll(b);
    for (int i = 0; i < count<Sector>(); ++i)
        addChoice(m_sectors, displayName(Sector(i)), i);
    for (int i = 0; i < count<Kind>(); ++i)
        addChoice(m_kinds, displayName(Kind(i)), i);
    for (int i = 0; i < count<Status>(); ++i)
        addChoice(m_statuses, displayName(Status(i)), i);

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setSpecialValueText(tr("Any")); // shown at the minimum date, which stands for "open"
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::apply);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterText"));
    m_text->setPlaceholderText(tr("Filter events by text"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    // Typing filters after a pause, so that a large timeline is not refiltered on every key.
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(200);
    connect(m_text, &QLineEdit::textChanged, m_textDelay, qOverload<>(&QTimer::start));
    connect(m_textDelay, &QTimer::timeout, this, &FilterBar::apply);
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::apply);

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear"),
                                      QIcon::fromTheme(QStringLiteral("edit-clear-all-symbolic"))));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(4);
    layout->addWidget(m_entities);
    layout->addWidget(m_sectors);
    layout->addWidget(m_kinds);
    layout->addWidget(m_statuses);
    layout->addSpacing(8);
    auto *fromLabel = new QLabel(tr("From:"), this);
    fromLabel->setBuddy(m_from);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    auto *toLabel = new QLabel(tr("To:"), this);
    toLabel->setBuddy(m_to);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);
}

void FilterBar::fillEntities()
{
    QMenu *menu = m_entities->menu();
    menu->clear();
    QAction *all = menu->addAction(tr("Show All"));
    connect(all, &QAction::triggered, this, [this] {
        m_updating = true;
        setCheckedValues(m_entities, {});
        m_updating = false;
        apply();
    });
    // Grouped by sector, by name within a sector, in the UI language.
    const Dataset &d = m_document->dataset();
    QCollator collator(m_locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (int s = 0; s < count<Sector>(); ++s) {
        QList<int> members;
        for (int i = 0; i < d.entities.size(); ++i) {
            if (d.entities[i].sector == Sector(s))
                members << i;
        }
        if (members.isEmpty())
            continue;
        std::sort(members.begin(), members.end(), [&](int a, int b) {
            return collator.compare(d.entities[a].name(m_locale), d.entities[b].name(m_locale)) < 0;
        });
        menu->addSection(displayName(Sector(s)));
        for (int i : members) {
            QAction *a = menu->addAction(d.entities[i].name(m_locale));
            a->setCheckable(true);
            a->setData(i);
            connect(a, &QAction::toggled, this, &FilterBar::apply);
        }
    }
}

void FilterBar::updateDateRange()
{
    const Dataset &d = m_document->dataset();
    qint64 first = 0;
    qint64 last = 0;
    for (const Event &e : d.events) {
        first = first == 0 ? e.start.first : std::min<qint64>(first, e.start.first);
        last = std::max<qint64>(last, e.isRanged() ? e.end.last() : e.start.last());
    }
    const QDate minimum = first ? QDate::fromJulianDay(first).addDays(-1) : QDate(1999, 12, 31);
    const QDate maximum = last ? QDate::fromJulianDay(last).addYears(1) : QDate(2030, 12, 31);
    for (QDateEdit *edit : {m_from, m_to}) {
        const QSignalBlocker blocker(edit);
        edit->setDateRange(minimum, maximum);
        edit->setDate(minimum);
    }
}

void FilterBar::setLocale(const QLocale &locale)
{
    m_locale = locale;
    const QList<int> entities = checkedValues(m_entities);
    m_updating = true;
    fillEntities();
    setCheckedValues(m_entities, entities);
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setLocale(locale);
        edit->setDisplayFormat(format);
    }
    m_updating = false;
    updateButtons();
}

void FilterBar::setFilter(const EventFilter &filter)
{
    m_updating = true;
    setCheckedValues(m_entities, filter.entities);
    setCheckedValues(m_sectors, toInts(filter.sectors));
    setCheckedValues(m_kinds, toInts(filter.kinds));
    setCheckedValues(m_statuses, toInts(filter.statuses));
    m_from->setDate(filter.from > 0 ? QDate::fromJulianDay(qint64(filter.from)) : m_from->minimumDate());
    m_to->setDate(filter.to > 0 ? QDate::fromJulianDay(qint64(filter.to)) : m_to->minimumDate());
    m_text->setText(filter.text);
    m_textDelay->stop();
    m_updating = false;
    apply();
}

void FilterBar::clear()
{
    setFilter({});
}

void FilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::apply()
{
    if (m_updating)
        return;
    m_textDelay->stop();
    EventFilter f;
    f.entities = checkedValues(m_entities);
    f.sectors = fromInts<Sector>(checkedValues(m_sectors));
    f.kinds = fromInts<Kind>(checkedValues(m_kinds));
    f.statuses = fromInts<Status>(checkedValues(m_statuses));
    // The minimum date stands for "open". The range is inclusive: an event on the "to" day is shown.
    if (m_from->date() != m_from->minimumDate())
        f.from = double(m_from->date().toJulianDay());
    if (m_to->date() != m_to->minimumDate())
        f.to = double(m_to->date().toJulianDay());
    f.text = m_text->text().trimmed();
    const bool changed = f != m_filter;
    m_filter = f;
    updateButtons();
    if (changed)
        Q_EMIT filterChanged(m_filter);
}

void FilterBar::updateButtons()
{
    auto label = [](QToolButton *button, const QString &all, const QString &some, const QString &one) {
        const QList<QAction *> checked = [&] {
            QList<QAction *> out;
            for (QAction *a : button->menu()->actions()) {
                if (a->isCheckable() && a->isChecked())
                    out << a;
            }
            return out;
        }();
        if (checked.isEmpty())
            button->setText(all);
        else if (checked.size() == 1)
            button->setText(one.arg(checked.first()->text()));
        else
            button->setText(some.arg(checked.size()));
    };
    label(m_entities, tr("All Entities"), tr("%1 Entities"), tr("Entity: %1"));
    label(m_sectors, tr("All Sectors"), tr("%1 Sectors"), tr("Sector: %1"));
    label(m_kinds, tr("All Kinds"), tr("%1 Kinds"), tr("Kind: %1"));
    label(m_statuses, tr("All Statuses"), tr("%1 Statuses"), tr("Status: %1"));
    m_clear->setEnabled(!m_filter.isEmpty() || !m_text->text().trimmed().isEmpty());
}

} // namespace at
