// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/annotations/annotationio.h"
#include "app/core/annotations/reportfigures.h"
#include "app/core/dataset.h"
#include "app/core/displaytext.h"
#include "app/core/eventmodel.h"
#include "app/core/quotemodel.h"
#include "app/core/seriesmodel.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <algorithm>
#include <tuple>

namespace at {

// The report's words, in a translation context that lupdate and the runtime agree on.
struct ReportText {
    Q_DECLARE_TR_FUNCTIONS(at::ReportText)
};

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

// One annotation as a list item: importance, author, time and tags, then its text as an indented paragraph
// with its line breaks kept.
QString annotationItem(const Annotation &a)
{
    QString head = QStringLiteral("- **") + importanceDisplayName(a.importance) + QStringLiteral("** · ") +
                   markdownEscape(a.author) + QStringLiteral(" · ") + timeText(a.edited);
    if (!a.tags.isEmpty())
        head += QStringLiteral(" · ") +
                ReportText::tr("tags: %1").arg(markdownEscape(a.tags.join(QStringLiteral(", "))));
    QStringList lines;
    for (const QString &line : a.text.split(u'\n')) {
        const QString escaped = markdownEscape(line.trimmed());
        lines << (escaped.isEmpty() ? QString() : QStringLiteral("  ") + escaped);
    }
    // A backslash at the end of a line is a hard line break in CommonMark.
    QString body;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool breakAfter = i + 1 < lines.size() && !lines[i].isEmpty() && !lines[i + 1].isEmpty();
        body += lines[i] + (breakAfter ? QStringLiteral("\\\n") : QStringLiteral("\n"));
    }
    return head + QStringLiteral("\n\n") + body + u'\n';
}

QString annotationList(const QList<Annotation> &list)
{
    QString out;
    for (const Annotation &a : list)
        out += annotationItem(a);
    return out;
}

// Collects the figures of a report with pictures and writes their links; does nothing for the plain
// report.
class FigureList {
public:
    explicit FigureList(QList<ReportFigure> *figures) : m_figures(figures) {}

    // The link of a new figure, as a paragraph of its own, with its caption under it.
    QString add(ReportFigure::View view, double from, double to, const QList<Annotation> &annotations,
                const QString &caption)
    {
        if (!m_figures)
            return {};
        ReportFigure f;
        f.view = view;
        f.from = from;
        f.to = to;
        f.annotations = annotations;
        f.fileName = QStringLiteral("figure-%1.png").arg(m_figures->size() + 1, 2, 10, QLatin1Char('0'));
        f.caption = caption;
        m_figures->append(f);
        const QString text = markdownEscape(caption);
        return QStringLiteral("![") + text + QStringLiteral("](") + f.fileName + QStringLiteral(")\n\n*") +
               text + QStringLiteral("*\n\n");
    }

private:
    QList<ReportFigure> *m_figures;
};

constexpr double halfYear = 183;
constexpr double year = 366;

QString buildReport(const QList<Annotation> &annotations, const Dataset &d, const QLocale &locale,
                    QList<ReportFigure> *figureList);

} // namespace

QString markdownEscape(const QString &text)
{
    // Characters with a meaning anywhere in a line: emphasis, code, links, HTML and entities, tables,
    // strikethrough. A backslash before any ASCII punctuation is a literal in CommonMark.
    static constexpr QStringView anywhere = u"\\`*_[]<>&|~";
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        if (anywhere.contains(c))
            out += u'\\';
        out += c;
    }
    // And at the start of a line: headings, lists, block quotes, setext underlines, ordered lists.
    static const QRegularExpression blockStart(QStringLiteral("^(\\s*)([#+=>-]|\\d+(?=[.)]))"));
    const QRegularExpressionMatch m = blockStart.match(out);
    if (m.hasMatch()) {
        const qsizetype at = m.capturedEnd(2);
        if (m.captured(2).front().isDigit())
            out.insert(at, u'\\'); // "1\. " is not a list
        else
            out.insert(m.capturedStart(2), u'\\');
    }
    return out;
}

QString annotationReport(const QList<Annotation> &annotations, const Dataset &d, const QLocale &locale)
{
    return buildReport(annotations, d, locale, nullptr);
}

AnnotationReportDocument annotationReportWithFigures(const QList<Annotation> &annotations, const Dataset &d,
                                                     const QLocale &locale)
{
    AnnotationReportDocument out;
    out.markdown = buildReport(annotations, d, locale, &out.figures);
    return out;
}

bool isReportFileName(const QString &name)
{
    static const QRegularExpression figure(QStringLiteral("^figure-[0-9]{2,}\\.png$"));
    return name == reportMarkdownName() || figure.match(name).hasMatch();
}

namespace {

QString buildReport(const QList<Annotation> &annotations, const Dataset &d, const QLocale &locale,
                    QList<ReportFigure> *figureList)
{
    FigureList figures(figureList);
    QMap<int, QList<Annotation>> byEvent; // event index -> annotations; events are in time order
    QMap<std::pair<int, int>, QList<Annotation>> byPoint; // (series, point)
    // Spans and periods in time order, one section for each distinct range.
    QMap<std::tuple<QDate, QDate, QString>, QList<Annotation>> byRange;
    QList<Annotation> unknown;
    for (const Annotation &a : annotations) {
        if (a.target.isRange() && targetExists(d, a.target))
            byRange[{a.target.from, a.target.to, a.target.entityId}] << a;
        else if (const int e = eventIndexOf(d, a.target); e >= 0)
            byEvent[e] << a;
        else if (const auto p = pointIndexOf(d, a.target); p.first >= 0)
            byPoint[p] << a;
        else
            unknown << a;
    }
    QString out = u"# " + ReportText::tr("Annotated events") + QStringLiteral("\n\n");
    out += ReportText::tr("%n annotation(s) on %1 event(s) and %2 data point(s).", nullptr,
                          int(annotations.size()))
               .arg(byEvent.size())
               .arg(byPoint.size()) +
           QStringLiteral("\n\n");
    for (auto it = byEvent.begin(); it != byEvent.end(); ++it) {
        const Event &e = d.events[size_t(it.key())];
        out +=
            QStringLiteral("## ") + markdownEscape(displayText(d, e.title, locale)) + QStringLiteral("\n\n");
        out += QStringLiteral("- ") +
               ReportText::tr("Date: %1").arg(markdownEscape(EventModel::dateText(e, locale))) + u'\n';
        out += QStringLiteral("- ") +
               ReportText::tr("Parties: %1").arg(markdownEscape(EventModel::partiesText(d, e, locale))) +
               u'\n';
        QString source = displayCitations(d, d.citationsOf(e), locale);
        if (e.source < d.sources.size()) {
            const Source &s = d.sources[e.source];
            source += QStringLiteral(" (") + localName(s.publisher, locale) + QStringLiteral(", ") +
                      s.published.toDisplayString(locale) + u')';
        }
        out += QStringLiteral("- ") + ReportText::tr("Source: %1").arg(markdownEscape(source)) + u'\n';
        out += QStringLiteral("- ") + ReportText::tr("Event id: %1").arg(markdownEscape(d.string(e.id))) +
               QStringLiteral("\n\n");
        if (const QString summary = displayText(d, e.summary, locale); !summary.isEmpty())
            out += markdownEscape(summary) + QStringLiteral("\n\n");
        QStringList quotes;
        for (const Quote &q : d.quotes)
            if (q.events.contains(it.key()))
                quotes << QStringLiteral("> ") + markdownEscape(QuoteModel::citationText(d, q, locale)) +
                              u'\n';
        if (!quotes.isEmpty())
            out += QStringLiteral("### ") + ReportText::tr("Quotes") + QStringLiteral("\n\n") +
                   quotes.join(QStringLiteral(">\n")) + u'\n';
        out +=
            figures.add(ReportFigure::View::Timeline, e.time() - halfYear, e.endTime() + halfYear, it.value(),
                        ReportText::tr("The timeline around %1").arg(EventModel::dateText(e, locale)));
        out += QStringLiteral("### ") + ReportText::tr("Annotations") + QStringLiteral("\n\n") +
               annotationList(it.value());
    }
    if (!byPoint.isEmpty()) {
        out += u"# " + ReportText::tr("Annotated data points") + QStringLiteral("\n\n");
        for (auto it = byPoint.begin(); it != byPoint.end(); ++it) {
            const Series &s = d.series[it.key().first];
            const SeriesPoint &p = d.pointsOf(s)[size_t(it.key().second)];
            out += QStringLiteral("## ") + markdownEscape(SeriesModel::seriesName(d, s, locale)) +
                   QStringLiteral(", ") + markdownEscape(p.date.toDisplayString(locale)) +
                   QStringLiteral("\n\n");
            out +=
                QStringLiteral("- ") +
                ReportText::tr("Value: %1").arg(markdownEscape(SeriesModel::valueText(p, s.unit, locale))) +
                u'\n';
            out += QStringLiteral("- ") +
                   ReportText::tr("Claim: %1").arg(markdownEscape(displayText(d, p.claim, locale))) + u'\n';
            out += QStringLiteral("- ") +
                   ReportText::tr("Source: %1")
                       .arg(markdownEscape(displayCitations(d, d.citationsOf(p), locale))) +
                   QStringLiteral("\n\n");
            out += figures.add(ReportFigure::View::UserCounts, double(p.date.first) - year,
                               double(p.date.last()) + 1 + year, it.value(),
                               ReportText::tr("User counts around %1").arg(p.date.toDisplayString(locale)));
            out += QStringLiteral("### ") + ReportText::tr("Annotations") + QStringLiteral("\n\n") +
                   annotationList(it.value());
        }
    }
    if (!byRange.isEmpty()) {
        out += u"# " + ReportText::tr("Annotated spans and periods") + QStringLiteral("\n\n");
        for (auto it = byRange.begin(); it != byRange.end(); ++it) {
            const AnnotationTarget &t = it.value().first().target;
            out += QStringLiteral("## ") + markdownEscape(targetTitle(d, t, locale)) + QStringLiteral(", ") +
                   markdownEscape(rangeDisplayText(t, locale)) + QStringLiteral("\n\n");
            // The whole range, with a tenth of its length either side (as the panel's jump shows it).
            const double margin = (t.rangeEnd() - t.rangeStart()) / 10;
            const QString days = rangeDisplayText(t, locale);
            out += figures.add(ReportFigure::View::Timeline, t.rangeStart() - margin, t.rangeEnd() + margin,
                               it.value(), ReportText::tr("The timeline, %1").arg(days));
            if (t.kind == AnnotationTarget::Kind::Period)
                out += figures.add(ReportFigure::View::UserCounts, t.rangeStart() - margin,
                                   t.rangeEnd() + margin, it.value(),
                                   ReportText::tr("User counts, %1").arg(days));
            out += annotationList(it.value());
        }
    }
    if (!unknown.isEmpty()) {
        out += u"# " + ReportText::tr("Annotations on events not in the loaded dataset") +
               QStringLiteral("\n\n");
        for (const Annotation &a : unknown) {
            out += QStringLiteral("## ") + markdownEscape(targetIdText(a.target)) + QStringLiteral("\n\n") +
                   annotationItem(a);
        }
    }
    return out;
}

} // namespace

} // namespace at
