// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/quotemodel.h"

#include "app/core/displaytext.h"
#include "app/core/roles.h"

namespace at {

QuoteModel::QuoteModel(const Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::aboutToReplace, this, &QuoteModel::beginResetModel);
    connect(document, &Document::replaced, this, &QuoteModel::endResetModel);
}

void QuoteModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int QuoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->dataset().quotes.size());
}

int QuoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteModel::citationText(const Dataset &d, const Quote &q, const QLocale &locale, int source)
{
    QStringList who{localName(q.speaker, locale)};
    if (!q.role.isEmpty())
        who << displayText(q.role, locale);
    if (!q.organisation.isEmpty())
        who << localName(q.organisation, locale);
    QStringList where;
    if (const int cited = source >= 0 ? source : q.source; cited >= 0 && cited < d.sources.size()) {
        const Source &s = d.sources[cited];
        where << localName(s.publisher, locale);
    }
    where << q.date.toDisplayString(locale);
    const QuoteWords shown = q.words(textLanguage(locale));
    QString words = q.paraphrase ? tr("(paraphrase) %1").arg(DisplayText::marked(shown.words))
                                 : QStringLiteral("“%1”").arg(shown.words.text);
    // Our translation follows the printed words, labelled as ours.
    if (!shown.translation.isEmpty())
        words += u' ' + DisplayText::translationLabel() + u' ' + shown.translation;
    return words + QStringLiteral(" — ") + who.join(clauseSeparator(locale)) +
           parenthesised(where.join(clauseSeparator(locale)), locale);
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dataset &d = m_document->dataset();
    const Quote &q = d.quotes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return q.date.toDisplayString(m_locale);
        case SpeakerColumn:
            return localName(q.speaker, m_locale);
        case TextColumn:
            return q.paraphrase ? tr("(paraphrase) %1").arg(displayText(q.text, m_locale)) : q.text.primary();
        case SourceColumn:
            return displayCitations(d, q.citations, m_locale);
        }
        return {};
    case RawRole:
        switch (index.column()) {
        case DateColumn:
            return q.date.middle();
        case SpeakerColumn:
            return q.speaker.primary();
        case TextColumn:
            return q.text.primary();
        case SourceColumn:
            return q.source * 65536 + q.paragraph;
        }
        return {};
    case Qt::ToolTipRole:
    case DescriptionRole:
        return citationText(d, q, m_locale);
    case IdRole:
        return q.id;
    case IndexRole:
        return index.row();
    case TitleRole:
        return q.text.primary();
    case TimeRole:
        return q.date.middle();
    case EntitiesRole:
        return QVariant::fromValue(q.entities);
    case SourceRole:
        return q.source;
    case ParagraphRole:
        return q.paragraph;
    case CitationRole:
        return displayCitations(d, q.citations, m_locale);
    case SpeakerRole:
        return q.speaker.primary();
    case RoleRole:
        return displayText(q.role, m_locale);
    case OrganisationRole:
        return localName(q.organisation, m_locale);
    case ParaphraseRole:
        return q.paraphrase;
    case EventsRole:
        return QVariant::fromValue(q.events);
    }
    return {};
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SpeakerColumn:
        return tr("Speaker");
    case TextColumn:
        return tr("Quote");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace at
