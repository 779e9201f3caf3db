// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/quotes/quotepanel.h"

#include "app/core/document.h"
#include "app/core/sourcecardmodel.h"
#include "app/core/viewstate.h"
#include "ui/quotes/sourcecarddelegate.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSignalBlocker>
#include <QTabBar>
#include <QToolButton>

namespace at {

QuotePanel::QuotePanel(const Document *document, ViewState *state, QWidget *parent)
    : QWidget(parent), m_document(document), m_state(state), m_locale(QLocale())
{
    setObjectName(QStringLiteral("quotePanel"));
    buildUi();
    fillPeopleFilters();
    connect(document, &Document::replaced, this, [this] {
        fillPeopleFilters();
        refresh();
    });
    connect(state, &ViewState::selectionChanged, this, &QuotePanel::refresh);
    connect(state, &ViewState::filterChanged, this, &QuotePanel::refresh);
    // With nothing selected the list follows the time cursor.
    connect(state, &ViewState::currentTimeChanged, this, [this] {
        if (m_state->selection().isNone() && scope() == Scope::Selection)
            refresh();
    });
    refresh();
}

QuotePanel::~QuotePanel() = default;

void QuotePanel::buildUi()
{
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("scopeTabs"));
    m_tabs->addTab(tr("For Selection"));
    m_tabs->addTab(tr("Sources"));
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("quoteSearch"));
    m_search->setPlaceholderText(tr("Search quotes and sources"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(
        QIcon::fromTheme(QStringLiteral("edit-find"), QIcon::fromTheme(QStringLiteral("edit-find-symbolic"))),
        QLineEdit::LeadingPosition);

    m_speaker = new QComboBox(this);
    m_speaker->setObjectName(QStringLiteral("speakerFilter"));
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("organisationFilter"));
    for (QComboBox *combo : {m_speaker, m_organisation}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_speaker->setAccessibleName(tr("Speaker"));
    m_organisation->setAccessibleName(tr("Organisation"));

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_scope->setTextFormat(Qt::PlainText); // it quotes event titles and names from the data
    m_scope->setWordWrap(true);
    QFont bold = m_scope->font();
    bold.setBold(true);
    m_scope->setFont(bold);
    m_showAll = new QToolButton(this);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    m_showAll->setText(tr("Show All"));
    m_showAll->setToolTip(tr("Clear the selection and list every quote"));
    m_showAll->setAutoRaise(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_model = new SourceCardModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("quoteList"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SourceCardDelegate(m_view));
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // a fixed width, so heights settle at once
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Quotes and sources"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumWidth(220);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_speaker, 1);
    filters->addWidget(m_organisation, 1);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_scope, 1);
    heading->addWidget(m_showAll, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addWidget(m_tabs);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addLayout(heading);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);

    connect(m_tabs, &QTabBar::currentChanged, this, &QuotePanel::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &QuotePanel::applyControls);
    connect(m_speaker, &QComboBox::currentIndexChanged, this, &QuotePanel::applyControls);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &QuotePanel::applyControls);
    connect(m_showAll, &QToolButton::clicked, this, [this] { m_state->select(Selection::none()); });
    connect(m_view, &QListView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_view, &QListView::customContextMenuRequested, this, &QuotePanel::showContextMenu);
}

void QuotePanel::fillPeopleFilters()
{
    const Dataset &d = m_document->dataset();
    auto fill = [](QComboBox *combo, const QString &all, const QStringList &values) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &v : values)
            combo->addItem(v, v); // QComboBox shows plain text
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    fill(m_speaker, tr("All speakers"), QuoteQuery::speakers(d));
    fill(m_organisation, tr("All organisations"), QuoteQuery::organisations(d));
    m_filter.speaker = m_speaker->currentData().toString();
    m_filter.organisation = m_organisation->currentData().toString();
}

void QuotePanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refresh();
}

QuotePanel::Scope QuotePanel::scope() const
{
    return m_tabs->currentIndex() == 1 ? Scope::Sources : Scope::Selection;
}

void QuotePanel::setScope(Scope scope)
{
    m_tabs->setCurrentIndex(scope == Scope::Sources ? 1 : 0);
}

void QuotePanel::setFilter(const QuoteFilter &filter)
{
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_speaker);
        const QSignalBlocker b3(m_organisation);
        m_search->setText(filter.text);
        m_speaker->setCurrentIndex(std::max(0, m_speaker->findData(filter.speaker)));
        m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(filter.organisation)));
    }
    applyControls();
}

void QuotePanel::applyControls()
{
    m_filter.text = m_search->text();
    m_filter.speaker = m_speaker->currentData().toString();
    m_filter.organisation = m_organisation->currentData().toString();
    refresh();
}

void QuotePanel::refresh()
{
    const Dataset &d = m_document->dataset();
    const Selection selection = m_state->selection();
    const bool sources = scope() == Scope::Sources;
    const double cursor = m_state->currentTime();
    const QList<SourceItem> items = sources              ? QuoteQuery::bySource(d)
                                    : selection.isNone() ? QuoteQuery::nearTime(d, cursor)
                                                         : QuoteQuery::forSelection(d, selection);
    // The filter bar narrows what was said as it narrows the events (the Sources tab lists everything,
    // as a bibliography does).
    const std::shared_ptr<const FilterScope> filterScope = m_state->scope(m_document->sharedDataset());
    const bool filtered = !sources && !filterScope->keepsAll();
    QList<SourceItem> kept;
    for (const SourceItem &item : items) {
        if (!filtered || item.type != SourceItem::Type::Quote || filterScope->keepsQuote(item.index))
            kept << item;
    }
    m_model->setCards(QuoteQuery::cards(d, kept, m_filter, m_locale));

    m_scope->setText(sources ? tr("Everything taken from each article, in paragraph order")
                             : QuoteQuery::scopeTitle(d, selection, m_locale, cursor));
    m_showAll->setVisible(!sources && !selection.isNone());
    qsizetype total = 0;
    for (const SourceItem &item : items)
        total += item.type == SourceItem::Type::Article ? 0 : 1;
    qsizetype shown = 0;
    for (const SourceCard &c : m_model->cards())
        shown += c.item.type == SourceItem::Type::Article ? 0 : 1;
    if (total == 0)
        m_count->setText(tr("The sources quote no one on this."));
    else if (shown == 0)
        m_count->setText(tr("Nothing matches the search and filters."));
    else if (shown == total)
        m_count->setText(tr("%1 shown").arg(m_locale.toString(shown)));
    else if (filtered)
        m_count->setText(
            tr("%1 of %2 shown (filtered)").arg(m_locale.toString(shown), m_locale.toString(total)));
    else
        m_count->setText(tr("%1 of %2 shown").arg(m_locale.toString(shown), m_locale.toString(total)));

    // Keep the card the user clicked current; otherwise the one that stands for the selection.
    const std::optional<SourceItem> target = m_pending ? m_pending : QuoteQuery::itemFor(selection);
    const int preferred = m_pending ? m_pendingRow : -1;
    m_pending.reset();
    m_pendingRow = -1;
    const int row = target ? m_model->rowOf(*target, preferred) : -1;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(index,
                         sources ? QAbstractItemView::PositionAtCenter : QAbstractItemView::EnsureVisible);
    }
}

std::optional<SourceItem> QuotePanel::currentItem() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return m_model->card(index.row()).item;
}

QString QuotePanel::scopeText() const
{
    return m_scope->text();
}

QString QuotePanel::countText() const
{
    return m_count->text();
}

void QuotePanel::activateRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SourceItem item = m_model->card(row).item;
    const std::optional<Selection> selection = QuoteQuery::selectionFor(m_document->dataset(), item);
    if (!selection)
        return;
    m_pending = item;
    m_pendingRow = row;
    if (*selection == m_state->selection()) {
        m_pending.reset(); // nothing changes, so the list stays and so does the current row
        m_pendingRow = -1;
        return;
    }
    m_state->select(*selection);
}

QString QuotePanel::copyCurrent()
{
    const std::optional<SourceItem> item = currentItem();
    if (!item)
        return {};
    // Under an article's heading the record is cited by that article.
    const int article = scope() == Scope::Sources ? m_model->articleAbove(m_view->currentIndex().row()) : -1;
    const QString text = QuoteQuery::citationText(m_document->dataset(), *item, m_locale, article);
    QApplication::clipboard()->setText(text);
    return text;
}

void QuotePanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const SourceItem item = m_model->card(index.row()).item;
    QMenu menu(this);
    const bool quote = item.type == SourceItem::Type::Quote;
    QAction *copy = menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                                   quote ? tr("&Copy Quote with Citation") : tr("&Copy with Citation"));
    copy->setShortcut(QKeySequence::Copy); // shown as a hint; the window's Edit > Copy does the same
    connect(copy, &QAction::triggered, this, &QuotePanel::copyCurrent);
    if (QuoteQuery::selectionFor(m_document->dataset(), item)) {
        QAction *select = menu.addAction(quote ? tr("&Select Linked Event") : tr("&Select"));
        connect(select, &QAction::triggered, this, [this, row = index.row()] { activateRow(row); });
    }
    if (scope() == Scope::Selection && item.type != SourceItem::Type::Article) {
        QAction *show = menu.addAction(tr("Show in &Sources"));
        connect(show, &QAction::triggered, this, [this, item] {
            m_pending = item;
            setScope(Scope::Sources);
        });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace at
