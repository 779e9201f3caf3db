// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The timeline as a picture to hand over, not a screenshot, on the embedded dataset (whatever it holds):
// at 1920x1080 every event is named whole, in English and Chinese; nothing is cut at the edges; no cursor
// unless one is asked for; no selection, hover or fold triangles; a legend of only what the picture shows.
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "tests/export/svgtexts.h"
#include "ui/export/exportwriter.h"
#include "ui/exportviews/viewexports.h"
#include "ui/timeline/render/labeltexts.h"
#include "ui/timeline/render/paintkit.h"
#include "ui/timeline/timelineview.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using at::testing::svgTexts;

class TestTimelinePicture : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    at::Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    // Whether one of `texts` holds `title` whole.
    static bool holds(const QStringList &texts, const QString &title)
    {
        return std::any_of(texts.begin(), texts.end(), [&](const QString &t) { return t.contains(title); });
    }

    static int pixelsOf(const QImage &image, QColor color)
    {
        int n = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                n += image.pixelColor(x, y) == color;
        }
        return n;
    }

    // A picture of `size` from `from` to `to`, in English.
    at::ExportRequest rangeRequest(QSize size, QDate from, QDate to) const
    {
        at::ExportRequest request;
        request.size = size;
        request.locale = m_en;
        request.from = double(from.toJulianDay());
        request.to = double(to.toJulianDay());
        return request;
    }

    // A dataset of one company, "a", and `events` (JSON objects of the format, without the fields all of
    // them share: kind, status, parties, summary, source and paragraph).
    static std::shared_ptr<const at::Dataset> oneLane(const QByteArrayList &events)
    {
        QByteArrayList full;
        for (const QByteArray &e : events)
            full << e.chopped(1) + ",\"kind\":\"alliance\",\"status\":\"confirmed\",\"parties\":[\"a\"],"
                                   "\"summary\":\"S\","
                                   "\"source\":\"s1\",\"paragraph\":1}";
        const QByteArray json = "{\"format\":\"alliance-timeline-dataset\",\"version\":1,\"sources\":[{"
                                "\"id\":\"s1\",\"title\":\"Article\","
                                "\"publisher\":\"P\",\"author\":\"A\",\"published\":\"2011-06\","
                                "\"paragraphs\":5}],\"entities\":[{\"id\":\"a\","
                                "\"name\":{\"en\":\"Alpha\",\"zh\":\"阿尔法\"},\"parent\":null,\"sector\":"
                                "\"portal\"}],\"events\":[" +
                                full.join(',') + "],\"series\":[],\"markets\":[],\"quotes\":[]}";
        const auto r = at::readDatasetJson(json, u"one-lane.json"_s);
        if (!r)
            qFatal("%s", qPrintable(at::toStrings(at::errorsOf(r)).join(u'\n')));
        return *r;
    }

    // The plan of a 1200x600 picture of `dataset` from `from` to `to`, in English.
    at::FramePlan planOf(const std::shared_ptr<const at::Dataset> &dataset, QDate from, QDate to) const
    {
        at::Document document;
        document.setDataset(dataset, u"test"_s);
        at::ViewState state;
        at::TimelineView view(&document, &state);
        view.setLocale(m_en);
        const at::TimelineExport source(&document, &view);
        return planOf(source, view, rangeRequest(QSize(1200, 600), from, to));
    }

    // The events a picture of `dataset` names.
    QList<quint32> labelledEvents(const std::shared_ptr<const at::Dataset> &dataset, QDate from,
                                  QDate to) const
    {
        const at::FramePlan plan = planOf(dataset, from, to);
        QList<quint32> events;
        for (const at::FramePlan::Label &l : plan.labels)
            events << l.event;
        return events;
    }

    // What the picture `request` asks for plans.
    static at::FramePlan planOf(const at::TimelineExport &source, const at::TimelineView &view,
                                const at::ExportRequest &request)
    {
        const at::TimelineExport::Layout layout = source.layout(request.size, request);
        return view.planAllLanes(layout.timeline, layout.from, layout.to);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r);
        m_document.setDataset(*r, u"embedded"_s);
    }

    void everyEventNamedWholeAt1920_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << m_en;
        QTest::newRow("zh_CN") << m_zh;
    }

    void everyEventNamedWholeAt1920()
    {
        QFETCH(QLocale, locale);
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(locale);
        view.resize(1920, 1080);
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.size = QSize(1920, 1080);
        request.locale = locale;
        const QString svg = m_dir.filePath(u"timeline-%1.svg"_s.arg(locale.name()));
        QVERIFY(at::exportToFile(source, request, svg));
        const QStringList texts = svgTexts(svg, true);
        const at::Dataset &d = m_document.dataset();
        QVERIFY(!d.events.empty());
        for (size_t e = 0; e < d.events.size(); ++e) {
            const QString title = at::LabelTexts::title(d, quint32(e), locale);
            QVERIFY2(holds(texts, title), qPrintable(title));
        }
        // The plan says the same, and every marker and label lies whole inside the plot.
        const at::FramePlan plan = planOf(source, view, request);
        QVERIFY(!plan.items.empty());
        for (const at::FramePlan::Item &item : plan.items) {
            if (item.type != at::FramePlan::Item::Type::Bar)
                QVERIFY(QRectF(plan.plot).contains(item.rect));
        }
        for (const at::FramePlan::Label &label : plan.labels)
            QVERIFY(QRectF(plan.plot).contains(label.rect));
        QVERIFY(!plan.shown.badges); // no event is counted in a badge
    }

    // A picture of a time range: no label is cut at the plot's left edge, and an event whose marker lies
    // before the range but whose time goes on into it (Baidu's talks, dated only to 2011's second quarter,
    // in the lanes of its three parties) has its label whole, pinned at that edge.
    void aTimeRangeCutsNoLabel()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        const at::TimelineExport source(&m_document, &view);
        const at::ExportRequest request =
            rangeRequest(QSize(1920, 1080), QDate(2011, 6, 1), QDate(2012, 6, 30));
        const at::FramePlan plan = planOf(source, view, request);
        const at::Dataset &d = m_document.dataset();
        for (const at::FramePlan::Label &label : plan.labels) {
            QVERIFY2(QRectF(plan.plot).contains(label.rect),
                     qPrintable(at::LabelTexts::title(d, label.event, m_en)));
        }
        const int baidu = d.eventIndex(u"baidu-sohu-weibo-investment");
        QVERIFY(baidu >= 0);
        QVERIFY(d.events[size_t(baidu)].time() < request.from);
        int pinned = 0;
        for (const at::FramePlan::Label &label : plan.labels) {
            if (label.event != quint32(baidu))
                continue;
            QCOMPARE(label.rect.left(), plan.plot.left() + 4.0);
            QCOMPARE(label.width, 0.0f); // whole
            ++pinned;
        }
        QCOMPARE(pinned, 3);
        const QString svg = m_dir.filePath(u"timeline-range.svg"_s);
        QVERIFY(at::exportToFile(source, request, svg));
        QVERIFY(holds(svgTexts(svg, true), u"Baidu said to have discussed investing in Sohu Microblog"_s));
    }

    // A period that began long before the range (minimal.json's e2, from 2010's third quarter to 2011)
    // has no marker in view, only its bar: its label is pinned at the left edge too.
    void aPeriodComingInFromTheEdgeIsNamed()
    {
        const auto r = at::readDatasetFile(QStringLiteral(AT_TEST_DATA) + u"/loader/good/minimal.json"_s);
        QVERIFY(r);
        const at::FramePlan plan = planOf(*r, QDate(2011, 3, 1), QDate(2011, 9, 30));
        const int e2 = (*r)->eventIndex(u"e2");
        const auto bar =
            std::find_if(plan.items.begin(), plan.items.end(), [&](const at::FramePlan::Item &i) {
                return i.type == at::FramePlan::Item::Type::Bar && i.event == quint32(e2);
            });
        QVERIFY(bar != plan.items.end());
        const auto label =
            std::find_if(plan.labels.begin(), plan.labels.end(),
                         [&](const at::FramePlan::Label &l) { return l.event == quint32(e2); });
        QVERIFY(label != plan.labels.end());
        QCOMPARE(label->rect.left(), plan.plot.left() + 4.0);
        QCOMPARE(label->row, bar->row);
        QVERIFY(label->leader.isNull());
    }

    // A period that began before the picture is named at the left edge only where its bar is drawn: not
    // in a row of more periods than are drawn one by one, which shows them as shades.
    void periodsShownAsShadesAreNotPinned()
    {
        for (const int others : {10, 61}) {
            QByteArrayList events{
                "{\"id\":\"early\",\"start\":\"2011-01-10\",\"end\":\"2011-12-20\",\"title\":\"Early\"}"};
            for (int k = 0; k < others; ++k)
                events
                    << QByteArray(
                           "{\"id\":\"p#\",\"start\":\"2011-07-01\",\"end\":\"2011-07-20\",\"title\":\"P#\"}")
                           .replace("#", QByteArray::number(k));
            const auto dataset = oneLane(events);
            const QList<quint32> labelled = labelledEvents(dataset, QDate(2011, 6, 1), QDate(2011, 9, 30));
            QCOMPARE(labelled.contains(quint32(dataset->eventIndex(u"early"))), others == 10);
        }
    }

    // The bracket of a date known only to its month is drawn under the marker: a marker just before the
    // picture that went into a count badge has none, and its event is not named at the edge.
    void aBracketInABadgeIsNotPinned()
    {
        for (const int sameDay : {0, 12}) {
            QByteArrayList events{"{\"id\":\"may\",\"start\":\"2011-05\",\"end\":null,\"title\":\"May\"}"};
            for (int k = 0; k < sameDay; ++k)
                events << QByteArray("{\"id\":\"d#\",\"start\":\"2011-05-16\",\"end\":null,\"title\":\"D#\"}")
                              .replace("#", QByteArray::number(k));
            const auto dataset = oneLane(events);
            const QList<quint32> labelled = labelledEvents(dataset, QDate(2011, 5, 25), QDate(2011, 8, 31));
            QCOMPARE(labelled.contains(quint32(dataset->eventIndex(u"may"))), sameDay == 0);
        }
    }

    // A date known only to its quarter or year whose marker lies well outside the picture: its bracket is
    // drawn across, and it is named where the bracket comes in, on each of its lanes, and its source cited.
    void anImpreciseDateAroundThePictureIsDrawnAndNamed_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("labelFrom"); // where the label starts: the bracket's first day or the edge
        // The second half of June 2011, inside the second quarter, a month after its middle (16 May).
        QTest::newRow("around") << QDate(2011, 6, 15) << QDate(2011, 6, 30) << QDate();
        // Before the quarter's middle (its marker, 15 May, is right of the picture): from 1 April on.
        QTest::newRow("from the right") << QDate(2011, 3, 10) << QDate(2011, 4, 15) << QDate(2011, 4, 1);
    }
    void anImpreciseDateAroundThePictureIsDrawnAndNamed()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QDate, labelFrom);
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        const at::TimelineExport source(&m_document, &view);
        const at::ExportRequest request = rangeRequest(QSize(1400, 800), from, to);
        const at::FramePlan plan = planOf(source, view, request);
        const auto baidu = quint32(m_document.dataset().eventIndex(u"baidu-sohu-weibo-investment"));
        QSet<int> spanRows, labelRows;
        for (const at::FramePlan::Span &span : plan.spans) {
            if (span.event == baidu) {
                spanRows << span.row;
                QVERIFY(span.right > plan.plot.left() && span.left < plan.plot.right());
            }
        }
        const double x =
            labelFrom.isValid() ? plan.scale.toX(double(labelFrom.toJulianDay()) - 0.5) : plan.plot.left();
        for (const at::FramePlan::Label &label : plan.labels) {
            if (label.event == baidu) {
                labelRows << label.row;
                QCOMPARE(label.rect.left(), std::round(x + 4));
            }
        }
        QCOMPARE(spanRows.size(), 3); // Baidu, Sohu, Sohu Microblog
        QCOMPARE(labelRows, spanRows);
        // Its paragraphs (13 and 14 of the article on Weibo's deals) are among the sources under the picture.
        QVERIFY2(source.layout(request.size, request).note.contains(u"¶13, ¶14"_s),
                 qPrintable(source.layout(request.size, request).note));
    }

    // Brackets without their marker are drawn a few a row: more would be as crowded as their markers.
    void onlyAFewBracketsWithoutTheirMarker()
    {
        for (const int events : {3, 4}) {
            QByteArrayList list;
            for (int k = 0; k < events; ++k)
                list << QByteArray("{\"id\":\"y#\",\"start\":\"2010\",\"end\":null,\"title\":\"Y#\"}")
                            .replace("#", QByteArray::number(k));
            // February 2010: the markers are in the middle of the year, in July.
            const at::FramePlan plan = planOf(oneLane(list), QDate(2010, 2, 1), QDate(2010, 2, 28));
            QCOMPARE(int(plan.spans.size()), events == 3 ? 3 : 0);
            QCOMPARE(int(plan.labels.size()), events == 3 ? 3 : 0);
        }
    }

    void noCursorUnlessAsked()
    {
        at::ViewState state;
        state.setCurrentTime(double(QDate(2012, 1, 1).toJulianDay())); // the window's cursor
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.size = QSize(1200, 800);
        request.locale = m_en;
        QCOMPARE(pixelsOf(at::renderExportImage(source, request), at::paintkit::cursorColor), 0);
        request.cursor = double(QDate(2012, 1, 1).toJulianDay());
        QVERIFY(pixelsOf(at::renderExportImage(source, request), at::paintkit::cursorColor) > 300);
    }

    void noSelectionHoverOrFoldTriangles()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.size = QSize(1200, 800);
        request.locale = m_en;
        const QImage plain = at::renderExportImage(source, request);
        const at::Dataset &d = m_document.dataset();
        state.select(at::Selection::event(d.eventIndex(u"sina-china-unicom")));
        QCOMPARE(at::renderExportImage(source, request), plain);
        state.select(at::Selection::entity(d.entityIndex(u"weibo")));
        QCOMPARE(at::renderExportImage(source, request), plain);
        // Where the window draws a group's fold triangle, the picture has the header's own colour.
        const at::TimelineExport::Layout layout = source.layout(request.size, request);
        const at::FramePlan plan = view.planAllLanes(layout.timeline, layout.from, layout.to);
        const QColor header = view.palette().color(QPalette::Button);
        int headers = 0;
        for (const at::FramePlan::Row &row : plan.rows) {
            if (row.mode != at::FramePlan::Row::Mode::Header)
                continue;
            ++headers;
            const int y = int(row.top + std::min(row.height, 22.0) / 2);
            for (int x = plan.gutter.left() + 3; x < plan.gutter.left() + 8; ++x)
                QCOMPARE(plain.pixelColor(x, y), header);
        }
        QVERIFY(headers > 0);
    }

    void legendOfWhatThePictureShows()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.size = QSize(1600, 900);
        request.locale = m_en;
        const QString all = m_dir.filePath(u"all.svg"_s);
        QVERIFY(at::exportToFile(source, request, all));
        QVERIFY(svgTexts(all).contains(u"alliance"_s));
        QVERIFY(svgTexts(all).contains(u"several parties"_s));
        // Only the confirmed alliances: no other kind, no hollow or dashed marker, in the legend.
        at::EventFilter filter;
        filter.kinds = {at::Kind::Alliance};
        filter.statuses = {at::Status::Confirmed};
        view.setFilter(filter);
        const QString alliances = m_dir.filePath(u"alliances.svg"_s);
        QVERIFY(at::exportToFile(source, request, alliances));
        const QStringList texts = svgTexts(alliances);
        QVERIFY(texts.contains(u"alliance"_s));
        for (const QString &absent : {u"investment"_s, u"plan"_s, u"planned (dashed)"_s,
                                      u"announced, rumoured or unconfirmed"_s, u"events grouped: zoom in"_s})
            QVERIFY2(!texts.contains(absent), qPrintable(absent));
    }
};

QTEST_MAIN(TestTimelinePicture)
#include "tst_timelinepicture.moc"
