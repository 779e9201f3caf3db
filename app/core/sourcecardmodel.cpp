// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/sourcecardmodel.h"

#include "app/core/roles.h"

#include <algorithm>

namespace at {

SourceCardModel::SourceCardModel(QObject *parent) : QAbstractListModel(parent) {}

void SourceCardModel::setCards(QList<SourceCard> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    endResetModel();
}

int SourceCardModel::rowOf(const SourceItem &item, int preferred) const
{
    if (preferred >= 0 && preferred < m_cards.size() && m_cards[preferred].item == item)
        return preferred;
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        if (m_cards[i].item == item)
            return int(i);
    }
    return -1;
}

int SourceCardModel::articleAbove(int row) const
{
    for (qsizetype i = std::min<qsizetype>(row, m_cards.size() - 1); i >= 0; --i) {
        if (m_cards[i].item.type == SourceItem::Type::Article)
            return m_cards[i].item.index;
    }
    return -1;
}

int SourceCardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant SourceCardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceCard &c = m_cards[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return c.plainText();
    case CardRole:
        return QVariant::fromValue(c);
    case ItemTypeRole:
        return int(c.item.type);
    case ItemIndexRole:
    case IndexRole:
        return c.item.index;
    }
    return {};
}

} // namespace at
