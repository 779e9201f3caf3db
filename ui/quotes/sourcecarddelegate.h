// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/quotequery.h"

#include <QFont>
#include <QPalette>
#include <QStyledItemDelegate>
#include <memory>
#include <vector>

class QTextDocument;

namespace at {

// Draws a SourceCard: its lines as a text document with the search's matches highlighted. The document
// is built with QTextCursor::insertText, which takes plain text: data is never parsed as HTML, so a quote
// containing "<img src=x>" shows exactly those characters.
class SourceCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SourceCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The card's text laid out at `width` pixels. Public so that tests can check what is drawn.
    static std::unique_ptr<QTextDocument> document(const SourceCard &card, const QFont &font,
                                                   const QPalette &palette, qreal width);
    // The colour behind a search match.
    static QColor matchBackground();

private:
    qreal textWidth(const QStyleOptionViewItem &option) const;
    const QTextDocument &laidOut(const SourceCard &card, const QStyleOptionViewItem &option) const;

    // Laying a card out is most of the panel's cost: the list asks every card's size on each layout, and
    // lays each visible card out again to paint it. The latest layouts are kept, most recent first, each
    // with everything it was made from, so that an entry is reused only for the very same card, width,
    // font and palette; there is nothing to invalidate.
    struct LaidOutCard {
        SourceCard card;
        qreal width = 0;
        QFont font;
        QPalette palette;
        std::shared_ptr<QTextDocument> doc;
    };
    mutable std::vector<LaidOutCard> m_laidOut;
};

} // namespace at
