// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/annotations/annotationspanel.h"

#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationfilterproxy.h"
#include "app/core/annotations/annotationmodel.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/document.h"
#include "app/core/roles.h"
#include "app/core/viewstate.h"
#include "ui/annotations/savestatuslabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelection>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace at {

AnnotationsPanel::AnnotationsPanel(AnnotationEdits *edits, const Document *document, ViewState *state,
                                   QWidget *parent)
    : QWidget(parent), m_edits(edits), m_document(document), m_state(state)
{
    setObjectName(QStringLiteral("annotationsPanel"));
    AnnotationStore *store = edits->store();
    m_model = new AnnotationModel(store, document, this);
    m_proxy = new AnnotationFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("annotationSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search annotations"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_author = new QComboBox(this);
    m_author->setObjectName(QStringLiteral("authorFilter"));
    m_importance = new QComboBox(this);
    m_importance->setObjectName(QStringLiteral("importanceFilter"));
    m_importance->addItem(tr("Any importance"), -1);
    for (Importance i : {Importance::High, Importance::Normal, Importance::Low})
        m_importance->addItem(importanceDisplayName(i), int(i));
    m_refresh = new QToolButton(this);
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read the workspace file again (shows what other programs saved)"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("annotationTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationModel::TextColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AnnotationModel::TargetColumn, QHeaderView::Interactive);
    for (int column :
         {AnnotationModel::DateColumn, AnnotationModel::ImportanceColumn, AnnotationModel::EditedColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(AnnotationModel::TargetColumn, 220);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);

    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    m_workspace = new QLabel(this);
    m_workspace->setObjectName(QStringLiteral("workspaceLabel"));
    m_workspace->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("panelMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();
    m_saveStatus = new SaveStatusLabel(store, this);
    // After the store's own report: says which step was not undone or redone, and why.
    connect(m_edits, &AnnotationEdits::undoRedoFailed, m_saveStatus, &SaveStatusLabel::showFailed);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_author, 1);
    filters->addWidget(m_importance, 1);
    filters->addWidget(m_refresh);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_count);
    foot->addStretch(1);
    foot->addWidget(m_saveStatus, 2);
    foot->addWidget(m_workspace);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(foot);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AnnotationFilterProxy::setText);
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    connect(m_author, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAuthor(m_author->currentData().toString()); });
    connect(m_importance, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_importance->currentData().toInt();
        m_proxy->setImportance(v < 0 ? std::nullopt : std::optional<Importance>(Importance(v)));
    });
    connect(m_refresh, &QToolButton::clicked, this, &AnnotationsPanel::refresh);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(IdRole).toString();
        jumpTo(id);
        Q_EMIT annotationActivated(id);
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &AnnotationsPanel::showContextMenu);
    auto *del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &AnnotationsPanel::deleteSelected);

    connect(store, &AnnotationStore::contentsChanged, this, [this] {
        fillFilterChoices();
        updateCount();
    });
    connect(m_proxy, &AnnotationFilterProxy::filterChanged, this, &AnnotationsPanel::updateCount);
    // The window's filter: only the annotations of what it keeps.
    connect(state, &ViewState::filterChanged, this, &AnnotationsPanel::followFilter);
    connect(document, &Document::replaced, this, &AnnotationsPanel::followFilter);
    followFilter();
    // The window's selection: the annotations of the selected event or point are highlighted.
    connect(state, &ViewState::selectionChanged, this, &AnnotationsPanel::followSelection);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AnnotationsPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AnnotationsPanel::updateCount);
    connect(store, &AnnotationStore::workspaceChanged, this, &AnnotationsPanel::updateWorkspaceLabel);

    // Another program saving to the same workspace shows up here: PRAGMA data_version is a cheap check.
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, store, &AnnotationStore::refreshIfChanged);
    m_poll->start();

    fillFilterChoices();
    updateCount();
    updateWorkspaceLabel();
}

void AnnotationsPanel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_model->setLocale(locale);
    m_saveStatus->setLocale(locale);
}

QString AnnotationsPanel::messageText() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void AnnotationsPanel::fillFilterChoices()
{
    const AnnotationStore *store = m_edits->store();
    auto fill = [](QComboBox *box, const QString &all, const QStringList &values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        const int i = box->findData(current);
        box->setCurrentIndex(i < 0 ? 0 : i);
        return i < 0 && !current.isEmpty(); // the chosen value is gone
    };
    if (fill(m_tag, tr("All tags"), store->tags()))
        m_proxy->setTag(QString());
    if (fill(m_author, tr("All authors"), store->authors()))
        m_proxy->setAuthor(QString());
}

void AnnotationsPanel::followFilter()
{
    const std::shared_ptr<const Dataset> dataset = m_document->sharedDataset();
    const std::shared_ptr<const FilterScope> scope = m_state->scope(dataset);
    if (scope->keepsAll()) {
        m_proxy->setTargetFilter({});
        return;
    }
    m_proxy->setTargetFilter([dataset, scope](const AnnotationTarget &target) {
        switch (target.kind) {
        case AnnotationTarget::Kind::Event: {
            const int event = dataset->eventIndex(target.eventId);
            return event >= 0 && scope->keepsEvent(size_t(event));
        }
        case AnnotationTarget::Kind::Point: {
            const int series = dataset->seriesIndex(target.seriesId);
            return series >= 0 && scope->keepsSeries(series);
        }
        case AnnotationTarget::Kind::Span: {
            const int entity = dataset->entityIndex(target.entityId);
            return entity >= 0 && scope->keepsEntity(entity);
        }
        case AnnotationTarget::Kind::Period:
            return true; // across all companies: no filter hides it
        }
        return true;
    });
}

void AnnotationsPanel::followSelection(Selection selection)
{
    // Highlighting only: the panel writes the selection back on activation alone, so this cannot loop.
    QItemSelection rows;
    if (!selection.isNone()) {
        const Dataset &d = m_document->dataset();
        const AnnotationStore *store = m_edits->store();
        const int last = m_proxy->columnCount() - 1;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            const Annotation *a = store->find(index.data(IdRole).toString());
            if (a && selectionOf(d, a->target) == selection)
                rows.select(index, m_proxy->index(row, last));
        }
    }
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        m_view->scrollTo(rows.first().topLeft());
}

void AnnotationsPanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n annotation(s)", nullptr, all)
                                  : tr("%1 of %n annotation(s)", nullptr, all).arg(shown));
}

void AnnotationsPanel::updateWorkspaceLabel()
{
    // A file by its name; a team workspace by its address (which never holds a password).
    const QString path = m_edits->store()->path();
    const QString location = m_edits->store()->location();
    m_workspace->setText(location.isEmpty() ? tr("No workspace open")
                         : path.isEmpty()   ? location
                                            : QFileInfo(path).fileName());
    m_workspace->setToolTip(location.toHtmlEscaped());
}

bool AnnotationsPanel::jumpTo(const QString &annotationId)
{
    const Annotation *a = m_edits->store()->find(annotationId);
    if (!a)
        return false;
    const Selection s = selectionOf(m_document->dataset(), a->target);
    if (!targetExists(m_document->dataset(), a->target)) {
        m_message->setText(tr("“%1” is not in the loaded dataset.").arg(targetIdText(a->target)));
        m_message->show();
        return false;
    }
    m_message->clear();
    m_message->hide();
    if (!s.isNone())
        m_state->select(s);
    // The time cursor to its place (a range's first day): the timeline and the charts draw it there, and
    // the share charts and the network show the market as of it.
    m_state->setCurrentTime(targetTime(m_document->dataset(), a->target));
    if (a->target.isRange()) {
        // The whole range in view, with a tenth of its length as a margin on each side.
        const double margin = (a->target.rangeEnd() - a->target.rangeStart()) / 10;
        m_state->setVisibleRange(a->target.rangeStart() - margin, a->target.rangeEnd() + margin);
    }
    return true;
}

QString AnnotationsPanel::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toString() : QString();
}

void AnnotationsPanel::deleteSelected()
{
    QStringList ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(IdRole).toString();
    for (const QString &id : ids)
        if (!m_edits->remove(id))
            break; // the saved marker says why
}

void AnnotationsPanel::refresh()
{
    if (auto read = m_edits->store()->refresh(); !read) {
        m_message->setText(read.error().message);
        m_message->show();
    } else {
        m_message->clear();
        m_message->hide();
    }
}

void AnnotationsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const QString id = index.data(IdRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Go to Event"), this, [this, id] { jumpTo(id); });
    menu.addAction(tr("Delete Annotation"), this, &AnnotationsPanel::deleteSelected);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace at
