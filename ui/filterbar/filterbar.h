// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/eventfilter.h"

#include <QLocale>
#include <QWidget>

class QDateEdit;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace at {

class Document;

// The one filter of the window: entities, sectors, kinds, statuses, a date range and a text. It builds an
// EventFilter and emits it; the window hands it to the event proxy and the timeline, so that every view
// applies exactly the same rule.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(const Document *document, QWidget *parent = nullptr);

    void setLocale(const QLocale &locale);
    EventFilter filter() const { return m_filter; }
    // Shows `filter` in the controls and emits filterChanged() if it differs from the current one.
    void setFilter(const EventFilter &filter);

public Q_SLOTS:
    void clear();
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const at::EventFilter &filter);

private:
    void buildUi();
    void fillEntities();
    void updateDateRange();
    void updateButtons();
    // Reads the controls into an EventFilter and emits it when it changed.
    void apply();

    const Document *m_document;
    QLocale m_locale;
    EventFilter m_filter;
    bool m_updating = false;

    QToolButton *m_entities = nullptr;
    QToolButton *m_sectors = nullptr;
    QToolButton *m_kinds = nullptr;
    QToolButton *m_statuses = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QToolButton *m_clear = nullptr;
    QTimer *m_textDelay = nullptr;
};

} // namespace at
