// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/quotequery.h"

#include <QAbstractListModel>

namespace at {

// The cards the quote panel lists, one row each. The panel computes them with QuoteQuery and hands them
// over whole; the model only adapts them to the view.
class SourceCardModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum CardRoles {
        CardRole = Qt::UserRole + 0x300, // QVariant<SourceCard>
        ItemTypeRole,                    // int(SourceItem::Type)
        ItemIndexRole                    // the item's index (quote, event, series, market or source)
    };

    explicit SourceCardModel(QObject *parent = nullptr);

    void setCards(QList<SourceCard> cards);
    const QList<SourceCard> &cards() const { return m_cards; }
    const SourceCard &card(int row) const { return m_cards[row]; }
    // The row showing `item`, or -1. The sources view lists a record under every article it cites:
    // `preferred` is the row to keep when it shows `item` (the copy the user clicked), else the first.
    int rowOf(const SourceItem &item, int preferred = -1) const;
    // The article whose heading `row` is under in the sources view (an index into Dataset::sources), or -1.
    int articleAbove(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<SourceCard> m_cards;
};

} // namespace at
