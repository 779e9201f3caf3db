// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// Annotations drawn in the views and in their pictures, on the embedded dataset: a company over a span as a
// band on that company's lane and nowhere else, a period as a band across every lane and a shaded region
// on the user-count chart; in a picture each one numbered at its place (band, marker, chart point) with its
// text in notes under the picture, only those chosen, and nothing overlapping.
#include "app/core/annotations/annotationchoice.h"
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/colors.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "tests/export/svgtexts.h"
#include "ui/charts/usercountchart.h"
#include "ui/export/exportwriter.h"
#include "ui/exportviews/viewexports.h"
#include "ui/timeline/render/lanepainter.h"
#include "ui/timeline/render/paintkit.h"
#include "ui/timeline/timelineview.h"

#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using at::testing::svgTexts;

namespace {
double day(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}
} // namespace

class TestAnnotationBands : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    at::Document m_document;
    at::AnnotationStore m_store;
    QUndoStack m_stack;
    at::AnnotationEdits m_edits{&m_store, &m_stack};
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    // Weibo's telecom push, on Weibo's lane; the QQ and 360 fight, across all; an event; a chart point.
    const QString m_spanText = u"Weibo's telecom push"_s;
    const QString m_periodText = u"The QQ and 360 fight"_s;
    const QString m_eventText = u"Sina brings MSN users to Weibo"_s;
    const QString m_pointText = u"Half a billion, as stated"_s;

    // What QPainter makes of `fill` over a pixel of colour `under`: the chart's region is a translucent fill.
    static QColor blended(const QColor &under, const QColor &fill)
    {
        QImage pixel(1, 1, QImage::Format_ARGB32_Premultiplied);
        pixel.fill(under);
        QPainter p(&pixel);
        p.fillRect(QRect(0, 0, 1, 1), fill);
        p.end();
        return pixel.pixelColor(0, 0);
    }

    void add(const at::AnnotationTarget &target, const QString &text, const QStringList &tags)
    {
        at::Annotation a = m_edits.draft(target);
        a.text = text;
        a.tags = tags;
        QVERIFY(m_edits.add(a));
    }

    // The chart at 1200x600, from June 2010 to June 2013 whatever the timeline shows.
    static void showThreeYears(at::UserCountChart &chart)
    {
        chart.setFollowTimeline(false);
        chart.resize(1200, 600);
        chart.xAxis->setRange(day(2010, 6, 1), day(2013, 6, 1));
        chart.replot();
    }

    int rowOf(const at::TimelineView &view, const char16_t *entity) const
    {
        return view.laneLayout().rowOfEntity(m_document.dataset().entityIndex(QString::fromUtf16(entity)));
    }

    // Column x of `row` in `before` (drawn without annotations) and `after` (with): every pixel that was
    // the row's own colour is `expected` now (or unchanged when expected is invalid), but under the band's
    // tags (`tags`). Returns how many pixels were the row's colour, -1 when one is not as expected.
    static int compareColumn(const QImage &before, const QImage &after, int x, const at::FramePlan::Row &row,
                             const QColor &rowColor, const QColor &expected, const QList<QRectF> &tags = {})
    {
        int background = 0;
        for (int y = int(std::round(row.top)) + 1; y < int(std::round(row.top + row.height)) - 1; ++y) {
            if (std::any_of(tags.begin(), tags.end(),
                            [&](const QRectF &t) { return t.contains(x + 0.5, y + 0.5); }))
                continue;
            const QRgb was = before.pixel(x, y);
            if (was != rowColor.rgb())
                continue; // a marker, a label, a bar, a grid line
            ++background;
            const QRgb now = after.pixel(x, y);
            if (now != (expected.isValid() ? expected.rgb() : was)) {
                qWarning("x %d y %d: %08x, expected %08x", x, y, now,
                         expected.isValid() ? expected.rgb() : was);
                return -1;
            }
        }
        return background;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r);
        m_document.setDataset(*r, u"embedded"_s);
        m_edits.setAuthor(u"li.wei"_s);
        QVERIFY(m_store.create(m_dir.filePath(u"bands.atws"_s)));
        add(at::AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31)), m_spanText,
            {u"telecom"_s});
        add(at::AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21)), m_periodText,
            {u"dispute"_s});
        add(at::AnnotationTarget::event(u"sina-msn-alliance"_s), m_eventText, {});
        add(at::AnnotationTarget::point(u"weibo-users-as-stated"_s, u"2012-12-31"_s), m_pointText,
            {u"figures"_s});
        QCOMPARE(m_store.count(), 4);
    }

    // In the window: Weibo's lane is tinted from the span's first day to its last, and only there.
    void aSpanIsABandOnItsLaneInsideItsDays()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        view.resize(1600, 900);
        view.setVisibleRange(day(2010, 6, 1), day(2013, 6, 1));
        const QImage before = view.viewport()->grab().toImage();
        view.setAnnotationStore(&m_store);
        const QImage after = view.viewport()->grab().toImage();
        const at::FramePlan &frame = view.renderer().frame();

        const int weibo = rowOf(view, u"weibo");
        QVERIFY(weibo >= 0);
        const at::FramePlan::Row *row = frame.rowPlan(weibo);
        QVERIFY(row);
        // The plan: one band on Weibo's row from the start of 1 June to the end of 31 December, labelled.
        const auto band = std::find_if(frame.bands.cbegin(), frame.bands.cend(),
                                       [](const at::FramePlan::Band &b) { return !b.period; });
        QVERIFY(band != frame.bands.cend());
        QCOMPARE(band->row, weibo);
        QCOMPARE(band->rect.left(), std::round(frame.scale.toX(day(2011, 6, 1))));
        QCOMPARE(band->rect.right(), std::round(frame.scale.toX(day(2012, 1, 1))));
        QVERIFY(!band->tag.isEmpty());
        QVERIFY(m_spanText.startsWith(band->text.chopped(1)) || band->text == m_spanText);

        at::LanePainter lanes;
        lanes.setPalette(view.palette());
        const QColor rowColor = lanes.rowColor(*row);
        const QColor tinted = at::paintkit::over(at::LanePainter::bandTint(*band), rowColor);
        QVERIFY(tinted != rowColor);
        // Inside (the middle of September 2011): every background pixel of the lane is tinted.
        const int inside = int(std::round(frame.scale.toX(day(2011, 9, 15))));
        QVERIFY(compareColumn(before, after, inside, *row, rowColor, tinted, {band->tag}) > 5);
        // Outside, before its first day and after its last: as it was.
        for (const double x : {band->rect.left() - 3, band->rect.right() + 2})
            QVERIFY(compareColumn(before, after, int(x), *row, rowColor, {}) > 0);
        // Another company's lane at the same date: as it was.
        const at::FramePlan::Row *qq = frame.rowPlan(rowOf(view, u"qq"));
        QVERIFY(qq);
        QVERIFY(compareColumn(before, after, inside, *qq, lanes.rowColor(*qq), {}) > 5);
    }

    // In a picture: a period is a band across every lane, numbered; nothing outside its days changes.
    void aPeriodIsABandAcrossEveryLane()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        const QRect target(0, 0, 1600, 900);
        const double from = day(2010, 6, 1), to = day(2013, 6, 1);
        const at::TimelineView::PictureAnnotations shown =
            view.pictureAnnotations(m_store.annotations(), from, to);
        // All but the chart point, numbered in time order: the period (Sept 2010), the event (Nov 2010),
        // then the span (June 2011).
        QCOMPARE(shown.notes.size(), 3);
        QCOMPARE(shown.notes[0].text, m_periodText);
        QCOMPARE(shown.notes[1].text, m_eventText);
        QCOMPARE(shown.notes[2].text, m_spanText);
        QImage before(target.size(), QImage::Format_RGB32), after(target.size(), QImage::Format_RGB32);
        for (auto [image, marks] :
             {std::pair{&before, (const at::AnnotationMarks *)nullptr}, std::pair{&after, &shown.marks}}) {
            image->fill(Qt::white);
            QPainter p(image);
            view.renderAllLanes(p, target, from, to, true, {}, marks);
        }
        const at::FramePlan frame = view.planAllLanes(target, from, to, true, {}, &shown.marks);
        const auto band = std::find_if(frame.bands.cbegin(), frame.bands.cend(),
                                       [](const at::FramePlan::Band &b) { return b.period; });
        QVERIFY(band != frame.bands.cend());
        QCOMPARE(band->text, u"1"_s); // its number, not its text
        QCOMPARE(band->rect.top(), double(frame.plot.top()));
        at::LanePainter lanes;
        lanes.setPalette(view.palette());
        const int inside = int(std::round(frame.scale.toX(day(2010, 10, 20))));
        const int outside = int(std::round(frame.scale.toX(day(2010, 12, 15))));
        int lanesTinted = 0;
        for (const at::FramePlan::Row &row : frame.rows) {
            const QColor rowColor = lanes.rowColor(row);
            const QColor tinted = at::paintkit::over(at::LanePainter::bandTint(*band), rowColor);
            const int n = compareColumn(before, after, inside, row, rowColor, tinted, {band->tag});
            QVERIFY2(n >= 0, qPrintable(u"row %1"_s.arg(row.row)));
            lanesTinted += n > 0 ? 1 : 0;
            QVERIFY(compareColumn(before, after, outside, row, rowColor, {}) >= 0);
        }
        QCOMPARE(lanesTinted, int(frame.rows.size()));
        // The event's number beside its markers, in each of its parties' lanes.
        QVERIFY(!frame.numbers.empty());
        for (const at::FramePlan::Number &number : frame.numbers)
            QCOMPARE(number.text, u"2"_s);
    }

    // The user-count chart shades the period behind its lines, and nothing else.
    void theChartShadesAPeriod()
    {
        at::ViewState state;
        at::UserCountChart chart(&m_document, &state);
        showThreeYears(chart);
        const QImage before = chart.toPixmap(1200, 600).toImage();
        chart.setAnnotationStore(&m_store);
        QCOMPARE(chart.annotationMarks().size(), size_t(1)); // the period: points are drawn in pictures
        chart.replot();
        const QImage after = chart.toPixmap(1200, 600).toImage();
        const QRect area = chart.axisRect()->rect();
        QColor tint = at::annotationPeriodColor();
        tint.setAlpha(40);
        const int inside = int(std::round(chart.xAxis->coordToPixel(day(2010, 10, 20))));
        const int outside = int(std::round(chart.xAxis->coordToPixel(day(2011, 3, 1))));
        QVERIFY(inside > area.left() && inside < area.right());
        // The plot's own background, in the middle of the region's column, away from tags at its foot.
        const QColor background = before.pixelColor(inside, area.top() + area.height() / 3);
        QCOMPARE(after.pixelColor(inside, area.top() + area.height() / 3), blended(background, tint));
        QCOMPARE(after.pixelColor(outside, area.top() + area.height() / 3),
                 before.pixelColor(outside, area.top() + area.height() / 3));
    }

    // Exported pictures: the notes under the picture, numbered; none with "none"; only the tagged one.
    void picturesCarryTheChosenAnnotations_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QStringList>("notes");
        QTest::newRow("all") << u"all"_s
                             << QStringList{m_periodText + u" — li.wei, dispute"_s,
                                            m_eventText + u" — li.wei"_s,
                                            m_spanText + u" — li.wei, telecom"_s};
        QTest::newRow("none") << u"none"_s << QStringList{};
        QTest::newRow("tag") << u"tag:Telecom"_s << QStringList{m_spanText + u" — li.wei, telecom"_s};
    }
    void picturesCarryTheChosenAnnotations()
    {
        QFETCH(QString, choice);
        QFETCH(QStringList, notes);
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        view.setVisibleRange(day(2010, 6, 1), day(2013, 6, 1));
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.size = QSize(1600, 900);
        request.locale = m_en;
        request.annotations = at::AnnotationChoice::parse(choice)->pick(m_store.annotations());
        const QString svg = m_dir.filePath(u"timeline-%1.svg"_s.arg(notes.size()));
        QVERIFY(at::exportToFile(source, request, svg));
        const QStringList texts = svgTexts(svg);
        for (const QString &text : {m_periodText, m_eventText, m_spanText, m_pointText}) {
            const QString note = text + (text == m_eventText    ? u" — li.wei"_s
                                         : text == m_periodText ? u" — li.wei, dispute"_s
                                         : text == m_spanText   ? u" — li.wei, telecom"_s
                                                                : u" — li.wei, figures"_s);
            QCOMPARE(texts.contains(note), notes.contains(note));
        }
        // Numbered in the notes and at their places; nothing of the notes over the lanes or the sources.
        const at::TimelineExport::Layout layout = source.layout(request.size, request);
        QCOMPARE(layout.annotations.notes.size(), notes.size());
        for (qsizetype i = 0; i < notes.size(); ++i) {
            QCOMPARE(layout.notes.lines()[size_t(i)].numberText, QString::number(i + 1));
            QCOMPARE(layout.notes.lines()[size_t(i)].body, notes[i]);
        }
        if (!notes.isEmpty()) {
            QVERIFY(!layout.notesBox.intersects(layout.timeline));
            QVERIFY(!layout.notesBox.intersects(layout.noteBox));
            QVERIFY(QRect(QPoint(0, 0), request.size).contains(layout.notesBox));
        }
        const at::FramePlan plan =
            view.planAllLanes(layout.timeline, layout.from, layout.to, true, {}, &layout.annotations.marks);
        QStringList numbers;
        for (const at::FramePlan::Band &band : plan.bands)
            numbers << band.text;
        for (const at::FramePlan::Number &number : plan.numbers)
            numbers << number.text;
        numbers.removeDuplicates();
        numbers.sort();
        QStringList expected;
        for (qsizetype i = 0; i < notes.size(); ++i)
            expected << QString::number(i + 1);
        QCOMPARE(numbers, expected);
    }

    // The chart's picture numbers its point and its period, with their notes under it.
    void theChartPictureNumbersItsPointAndPeriod()
    {
        at::ViewState state;
        at::UserCountChart chart(&m_document, &state);
        showThreeYears(chart);
        const at::UserCountExport source(&chart);
        at::ExportRequest request;
        request.size = QSize(1200, 700);
        request.locale = m_en;
        request.annotations = m_store.annotations();
        const QString svg = m_dir.filePath(u"users.svg"_s);
        QVERIFY(at::exportToFile(source, request, svg));
        const QStringList texts = svgTexts(svg);
        QVERIFY(texts.contains(m_periodText + u" — li.wei, dispute"_s));
        QVERIFY(texts.contains(m_pointText + u" — li.wei, figures"_s));
        QVERIFY(!texts.contains(m_spanText + u" — li.wei, telecom"_s)); // not on a chart
        QCOMPARE(texts.count(u"1"_s), 2); // the period's number in the notes and at its region
        QCOMPARE(texts.count(u"2"_s), 2);
        // And the chart is back to the workspace's annotations: none of them (no store).
        QVERIFY(chart.annotationMarks().empty());
    }

    // Many notes: as many as fit, then a line that counts the others; never over the picture.
    void tooManyNotesAreCounted()
    {
        QList<at::Annotation> many;
        for (int i = 0; i < 40; ++i) {
            at::Annotation a =
                m_edits.draft(at::AnnotationTarget::period(QDate(2011, 1, 1), QDate(2011, 2, 1)));
            a.text = u"Note %1 "_s.arg(i) + QString(200, u'x');
            many << a;
        }
        const QFont font;
        const int lineHeight = QFontMetrics(font).lineSpacing();
        const at::AnnotationNotes notes = at::AnnotationNotes::layout(many, font, 600, 10 * lineHeight, m_en);
        QVERIFY(notes.height() <= 10 * lineHeight);
        // Four notes of two lines (wrapped, then elided), then the count of the other 36.
        QCOMPARE(int(notes.lines().size()), 9);
        QCOMPARE(notes.lines()[6].numberText, u"4"_s);
        QCOMPARE(notes.lines()[7].numberText, QString());
        QVERIFY(notes.lines()[7].body.endsWith(u'…'));
        QCOMPARE(notes.lines()[8].numberText, QString());
        QVERIFY(notes.lines()[8].body.startsWith(u"36 more numbered in the picture"_s));
        for (const at::AnnotationNotes::Line &line : notes.lines())
            QVERIFY(QFontMetrics(font).horizontalAdvance(line.body) <= line.text.width());
    }
};

QTEST_MAIN(TestAnnotationBands)
#include "tst_annotationbands.moc"
