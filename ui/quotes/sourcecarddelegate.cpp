// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/quotes/sourcecarddelegate.h"

#include "app/core/colors.h"
#include "app/core/sourcecardmodel.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextCursor>
#include <QTextDocument>
#include <algorithm>

namespace at {
namespace {

constexpr int outerMargin = 4;     // between cards
constexpr int padding = 8;         // inside a card
constexpr int accentWidth = 4;     // the coloured bar on the card's left
constexpr size_t keptLayouts = 64; // a few screens of cards

QColor dimText(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

QColor accentColor(const SourceCard &card, const QPalette &palette)
{
    switch (card.item.type) {
    case SourceItem::Type::Article:
        return palette.color(QPalette::Dark);
    case SourceItem::Type::Quote:
        return card.paraphrase ? palette.color(QPalette::Mid) : palette.color(QPalette::Link);
    case SourceItem::Type::Event:
        return kindColor(Kind(card.kind));
    case SourceItem::Type::Point:
    case SourceItem::Type::Market:
        return QColor(0x17, 0x8a, 0x9c);
    }
    return palette.color(QPalette::Mid);
}

QTextCharFormat lineFormat(const SourceCard &card, CardLine::Style style, const QFont &font,
                           const QPalette &palette)
{
    QTextCharFormat f;
    QFont lineFont = font;
    QColor color = palette.color(QPalette::Text);
    const qreal size = font.pointSizeF() > 0 ? font.pointSizeF() : 9;
    switch (style) {
    case CardLine::Style::Tag:
        lineFont.setPointSizeF(size * 0.85);
        lineFont.setBold(true);
        color = dimText(palette);
        break;
    case CardLine::Style::Words:
        lineFont.setPointSizeF(size * 1.1);
        lineFont.setItalic(card.paraphrase); // our wording, not theirs
        break;
    case CardLine::Style::Title:
        lineFont.setPointSizeF(size * (card.item.type == SourceItem::Type::Article ? 1.15 : 1.05));
        lineFont.setBold(true);
        break;
    case CardLine::Style::Body:
    case CardLine::Style::Speaker:
        break;
    case CardLine::Style::About:
    case CardLine::Style::Source:
        lineFont.setPointSizeF(size * 0.9);
        break;
    case CardLine::Style::Note:
        lineFont.setPointSizeF(size * 0.85);
        lineFont.setItalic(true);
        color = dimText(palette);
        break;
    }
    f.setFont(lineFont);
    f.setForeground(color);
    return f;
}

// Inserts `text` with its matches on a highlight, all as plain text.
void insertHighlighted(QTextCursor &cursor, const QString &text, const QList<TextMatch> &matches,
                       const QTextCharFormat &format)
{
    QTextCharFormat hit = format;
    hit.setBackground(SourceCardDelegate::matchBackground());
    hit.setForeground(QColor(Qt::black)); // readable on the highlight in dark palettes too
    qsizetype at = 0;
    for (const TextMatch &m : matches) {
        if (m.start > at)
            cursor.insertText(text.mid(at, m.start - at), format);
        cursor.insertText(text.mid(m.start, m.length), hit);
        at = m.start + m.length;
    }
    if (at < text.size())
        cursor.insertText(text.mid(at), format);
}

} // namespace

SourceCardDelegate::SourceCardDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QColor SourceCardDelegate::matchBackground()
{
    return QColor(0xff, 0xd5, 0x4f);
}

std::unique_ptr<QTextDocument> SourceCardDelegate::document(const SourceCard &card, const QFont &font,
                                                            const QPalette &palette, qreal width)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(font);
    doc->setUndoRedoEnabled(false);
    QTextCursor cursor(doc.get());
    bool first = true;
    for (const CardLine &line : card.lines) {
        QTextBlockFormat block;
        block.setTopMargin(first ? 0 : (line.style == CardLine::Style::Words ? 4 : 2));
        if (first)
            cursor.setBlockFormat(block);
        else
            cursor.insertBlock(block);
        first = false;
        const QTextCharFormat format = lineFormat(card, line.style, font, palette);
        QTextCharFormat label = format;
        label.setForeground(dimText(palette));
        QTextCharFormat text = format;
        // The tag line says what the card is, in the card's colour.
        if (line.style == CardLine::Style::Tag)
            text.setForeground(accentColor(card, palette).darker(115));
        if (!line.prefix().isEmpty())
            cursor.insertText(line.prefix(), format);
        for (qsizetype i = 0; i < line.segments.size(); ++i) {
            const CardSegment &s = line.segments[i];
            if (i > 0)
                cursor.insertText(line.separator, label);
            if (!s.label.isEmpty())
                cursor.insertText(s.label + u' ', label);
            insertHighlighted(cursor, s.text, s.matches, text);
        }
    }
    doc->setTextWidth(std::max<qreal>(width, 40));
    return doc;
}

qreal SourceCardDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    int width = option.rect.width();
    // The list lays cards out at its viewport's width; the option's rect is not always set in sizeHint().
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return width - 2 * outerMargin - 2 * padding - accentWidth;
}

QSize SourceCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto card = index.data(SourceCardModel::CardRole).value<SourceCard>();
    const QTextDocument &doc = laidOut(card, option);
    const int width = int(textWidth(option)) + 2 * outerMargin + 2 * padding + accentWidth;
    return {width, int(std::ceil(doc.size().height())) + 2 * outerMargin + 2 * padding};
}

const QTextDocument &SourceCardDelegate::laidOut(const SourceCard &card,
                                                 const QStyleOptionViewItem &option) const
{
    const qreal width = textWidth(option);
    const auto same = [&](const LaidOutCard &c) {
        return c.width == width && c.card.item == card.item && c.card == card && c.font == option.font &&
               c.palette == option.palette;
    };
    auto it = std::find_if(m_laidOut.begin(), m_laidOut.end(), same);
    if (it == m_laidOut.end()) {
        if (m_laidOut.size() == keptLayouts)
            m_laidOut.pop_back();
        m_laidOut.insert(m_laidOut.begin(), {card, width, option.font, option.palette,
                                             document(card, option.font, option.palette, width)});
    } else if (it != m_laidOut.begin()) {
        std::rotate(m_laidOut.begin(), it, it + 1);
    }
    return *m_laidOut.front().doc;
}

void SourceCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    const auto card = index.data(SourceCardModel::CardRole).value<SourceCard>();
    const QPalette &pal = option.palette;
    const bool article = card.item.type == SourceItem::Type::Article;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF box = QRectF(option.rect).adjusted(outerMargin, outerMargin, -outerMargin, -outerMargin);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter->fillPath(path, pal.color(article ? QPalette::AlternateBase : QPalette::Base));
    if (selected) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlphaF(0.12);
        painter->fillPath(path, tint);
    }
    QPen border(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid), selected ? 2 : 1);
    if (focused && !selected) {
        border.setColor(pal.color(QPalette::Highlight));
        border.setStyle(Qt::DashLine);
    }
    painter->setPen(border);
    painter->drawPath(path);
    // The accent bar: the item's kind at a glance (a quote, a paraphrase, an event of some kind).
    painter->save();
    painter->setClipPath(path);
    painter->fillRect(QRectF(box.left(), box.top(), accentWidth, box.height()), accentColor(card, pal));
    painter->restore();

    const QTextDocument &doc = laidOut(card, option);
    painter->translate(box.left() + accentWidth + padding, box.top() + padding);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = pal;
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace at
