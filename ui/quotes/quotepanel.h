// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/quotequery.h"

#include <QLocale>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTabBar;
class QToolButton;

namespace at {

class Document;
class ViewState;
class SourceCardModel;

// What the sources said about the current selection (or, on the Sources tab, everything the dataset takes
// from each article, in paragraph order), with a full-text search and speaker and organisation filters.
// Clicking a card selects what it stands for (a quote's linked event) in the shared ViewState.
// The content comes from QuoteQuery; this widget only shows it.
class QuotePanel : public QWidget {
    Q_OBJECT
public:
    enum class Scope { Selection, Sources };

    QuotePanel(const Document *document, ViewState *state, QWidget *parent = nullptr);
    ~QuotePanel() override;

    void setLocale(const QLocale &locale);
    QLocale locale() const { return m_locale; }

    Scope scope() const;
    void setScope(Scope scope);
    QuoteFilter filter() const { return m_filter; }
    // Sets the search text and the speaker and organisation filters (and the controls that show them).
    void setFilter(const QuoteFilter &filter);

    const SourceCardModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // The card that is current in the list, if any.
    std::optional<SourceItem> currentItem() const;
    // The heading above the list ("Quotes about Sina Corp") and the count under the filters.
    QString scopeText() const;
    QString countText() const;

public Q_SLOTS:
    // What a click does: selects what the row stands for in the ViewState.
    void activateRow(int row);
    // Copies the current card with its citation to the clipboard; returns what was copied.
    QString copyCurrent();

private:
    void buildUi();
    void fillPeopleFilters();
    void refresh();
    void applyControls();
    void showContextMenu(const QPoint &pos);

    const Document *m_document;
    ViewState *m_state;
    QLocale m_locale;
    QuoteFilter m_filter;
    std::optional<SourceItem> m_pending; // the card clicked here, to keep current after the list changes
    int m_pendingRow = -1;               // and its row: a record listed twice keeps the copy clicked

    QTabBar *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_speaker = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_scope = nullptr;
    QToolButton *m_showAll = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_view = nullptr;
    SourceCardModel *m_model = nullptr;
};

} // namespace at
