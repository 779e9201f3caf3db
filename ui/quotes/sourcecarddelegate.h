#pragma once

#include "quotequery.h"

#include <QStyledItemDelegate>

#include <memory>

class QTextDocument;

namespace at {

// Draws a SourceCard: its lines as a text document with the search's matches highlighted. The document
// is built with QTextCursor::insertText, which takes plain text: data is never parsed as HTML, so a quote
// containing "<img src=x>" shows exactly those characters.
class SourceCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit SourceCardDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The card's text laid out at `width` pixels. Public so that tests can check what is drawn.
    static std::unique_ptr<QTextDocument> document(const SourceCard &card, const QFont &font, const QPalette &palette,
                                                   qreal width);
    // The colour behind a search match.
    static QColor matchBackground();

private:
    qreal textWidth(const QStyleOptionViewItem &option) const;
};

} // namespace at
