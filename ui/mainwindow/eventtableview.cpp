// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/mainwindow/eventtableview.h"

#include "app/core/eventfilterproxy.h"
#include "app/core/eventmodel.h"
#include "app/core/roles.h"
#include "app/core/viewstate.h"

#include <QHeaderView>

namespace at {

EventTableView::EventTableView(EventFilterProxy *proxy, ViewState *state, QWidget *parent)
    : QTableView(parent), m_proxy(proxy), m_state(state)
{
    setObjectName(QStringLiteral("eventTable"));
    setModel(proxy);
    setSortingEnabled(true);
    sortByColumn(EventModel::DateColumn, Qt::AscendingOrder);
    // Dates, kinds and statuses are short: as wide as they need (measured on at most 1000 rows, Qt's
    // default precision, so that a big dataset costs nothing). The title takes what is left; parties and
    // sources start wide enough for a few names and can be dragged wider.
    QHeaderView *header = horizontalHeader();
    for (int column : {EventModel::DateColumn, EventModel::KindColumn, EventModel::StatusColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EventModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EventModel::PartiesColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(EventModel::SourceColumn, QHeaderView::Interactive);
    header->resizeSection(EventModel::PartiesColumn, 240);
    header->resizeSection(EventModel::SourceColumn, 280);
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(false);
    setAlternatingRowColors(true);

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && !m_following)
                    m_state->select(Selection::event(current.data(IndexRole).toInt()));
            });
    connect(this, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT eventActivated(index.data(IndexRole).toInt()); });
    connect(state, &ViewState::selectionChanged, this, &EventTableView::followSelection);
    connect(proxy, &QAbstractItemModel::modelReset, this, &EventTableView::followSelection);
    followSelection();
}

void EventTableView::followSelection()
{
    const Selection s = m_state->selection();
    QModelIndex row;
    if (s.type == Selection::Type::Event && m_proxy->sourceModel()) {
        const QModelIndex source = m_proxy->sourceModel()->index(s.index, 0);
        row = m_proxy->mapFromSource(source);
    }
    if (row == currentIndex().siblingAtColumn(0))
        return;
    m_following = true; // a selection that came from elsewhere is not sent back
    if (row.isValid()) {
        selectionModel()->setCurrentIndex(row,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        scrollTo(row);
    } else {
        selectionModel()->clear();
    }
    m_following = false;
}

} // namespace at
