// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// What File > Export and --export write: the requested size and scale, the timeline's markers where their
// dates are, Chinese glyphs from a CJK font, valid SVG and PDF, legends and footnotes left out on request.
// The command line's runs are in tests/export/tst_commandline.cpp.
#include "app/core/colors.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/viewstate.h"
#include "ui/charts/marketsharechart.h"
#include "ui/charts/usercountchart.h"
#include "ui/export/exportwriter.h"
#include "ui/exportviews/viewexports.h"
#include "ui/timeline/render/timelinerenderer.h"
#include "ui/timeline/timelineview.h"

#include <QFile>
#include <QImageReader>
#include <QRawFont>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestViewExports : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    at::Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    const at::Event &event(const char16_t *id) const
    {
        const at::Dataset &d = m_document.dataset();
        return d.events[size_t(d.eventIndex(QString::fromUtf16(id)))];
    }

    // Whether any pixel of column x, between top and bottom, has exactly this colour.
    static bool columnHas(const QImage &image, int x, int top, int bottom, QColor color)
    {
        for (int y = top; y <= bottom; ++y) {
            if (image.pixelColor(x, y) == color)
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void imageHasExactlyTheRequestedSizeAndScale()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.size = QSize(1000, 700);
        request.locale = m_en;
        QImage image = at::renderExportImage(source, request);
        QCOMPARE(image.size(), QSize(1000, 700));
        QCOMPARE(image.devicePixelRatio(), 1.0);
        request.scale = 2;
        image = at::renderExportImage(source, request);
        QCOMPARE(image.size(), QSize(2000, 1400));
        QCOMPARE(image.devicePixelRatio(), 2.0);
    }

    void timelineMarkerIsAtTheXOfItsDateInItsKindsColour()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        const at::TimelineExport source(&m_document, &view);
        const at::Event &launch = event(u"wechat-launch"); // 2011: drawn at the middle of the year
        at::ExportRequest request;
        request.size = QSize(1600, 900);
        request.locale = m_en;
        request.from = launch.time() - 200;
        request.to = launch.time() + 200;
        const QImage image = at::renderExportImage(source, request);

        const at::TimelineExport::Layout layout = source.layout(request.size, request);
        QCOMPARE(layout.from, request.from);
        QCOMPARE(layout.to, request.to);
        at::TimelineRenderer renderer;
        renderer.setStyle(view.renderer().style());
        renderer.setFont(view.font());
        renderer.setLocale(m_en);
        renderer.setData(&m_document.dataset(), &view.eventIndex()); // the gutter fits the lane names
        const QRect plot = renderer.geometry(layout.timeline).plot;
        QVERIFY(plot.width() > 1000);
        // The middle of the range is the middle of the plot.
        const int x = plot.left() + qRound(plot.width() / 2.0);
        const QColor colour = at::kindColor(at::Kind::Launch);
        QVERIFY2(columnHas(image, x, plot.top(), plot.bottom(), colour), "no launch marker at its date");
        // Nothing else of that kind is in range: well left of it, the colour does not appear.
        QVERIFY(!columnHas(image, x - 60, plot.top(), plot.bottom(), colour));
        // The title and the footnote naming the article are in the picture, above and below the lanes.
        QCOMPARE(layout.title, u"Platform alliances and events"_s);
        QVERIFY(layout.titleBox.bottom() < layout.timeline.top());
        QVERIFY2(layout.note.contains(u"Sina Weibo's deals with China Telecom and China Unicom"_s),
                 qPrintable(layout.note));
        QVERIFY(layout.noteBox.top() > layout.timeline.bottom());
    }

    void chineseLaneNamesAreDrawnWithACjkFont()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_zh);
        // The font the timeline draws with has the glyphs of 腾讯 (not boxes).
        const QRawFont raw = QRawFont::fromFont(view.font(), QFontDatabase::SimplifiedChinese);
        QVERIFY(raw.isValid());
        QVERIFY(raw.supportsCharacter(QChar(0x817E)));
        QVERIFY(raw.supportsCharacter(QChar(0x8BAF)));
        // And the English and Chinese pictures differ in the lane names' gutter.
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.size = QSize(900, 600);
        request.locale = m_zh;
        const QImage zh = at::renderExportImage(source, request);
        view.setLocale(m_en);
        request.locale = m_en;
        const QImage en = at::renderExportImage(source, request);
        const QRect gutter =
            at::TimelineRenderer().geometry(source.layout(request.size, request).timeline).gutter;
        QVERIFY(zh.copy(gutter) != en.copy(gutter));
    }

    void svgAndPdfAreValidAndNotEmpty()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.size = QSize(800, 500);
        request.locale = m_en;
        const QString svg = m_dir.filePath(u"timeline.svg"_s);
        QVERIFY(at::exportToFile(source, request, svg));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 800, 500));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("Platform alliances and events"));

        const QString pdf = m_dir.filePath(u"timeline.pdf"_s);
        QVERIFY(at::exportToFile(source, request, pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.size() > 5000);
    }

    // The dialog's Legend and Footnote boxes: each changes every view's picture, and the view on screen
    // keeps its own legend and footnote. A picture is the same each time it is asked for (the chart's
    // first export once had the ticks of its size on screen).
    void legendAndFootnoteCanBeLeftOut()
    {
        at::ViewState state;
        at::TimelineView timeline(&m_document, &state);
        timeline.setLocale(m_en);
        at::UserCountChart users(&m_document, &state);
        users.setLocale(m_en);
        users.resize(800, 500);
        users.replot();
        at::MarketShareChart im(&m_document, &state, at::Sector::InstantMessaging);
        im.setLocale(m_en);
        const at::TimelineExport timelineSource(&m_document, &timeline);
        const at::UserCountExport usersSource(&users);
        const at::MarketShareExport imSource(&im);
        const std::pair<const char *, const at::ExportSource *> sources[] = {
            {"timeline", &timelineSource}, {"users", &usersSource}, {"im-share", &imSource}};
        for (const auto &[name, source] : sources) {
            at::ExportRequest request;
            request.size = QSize(1000, 700);
            request.locale = m_en;
            const QImage whole = at::renderExportImage(*source, request);
            QVERIFY2(at::renderExportImage(*source, request) == whole, name);
            request.legend = false;
            const QImage noLegend = at::renderExportImage(*source, request);
            request.footnote = false;
            const QImage bare = at::renderExportImage(*source, request);
            request.legend = true;
            const QImage noFootnote = at::renderExportImage(*source, request);
            QVERIFY2(noLegend != whole, name);
            QVERIFY2(noFootnote != whole, name);
            QVERIFY2(bare != noLegend && bare != noFootnote, name);
            request.footnote = true;
            QVERIFY2(at::renderExportImage(*source, request) == whole,
                     name); // nothing stays hidden
        }
        QVERIFY(users.legend->visible());
        QCOMPARE(users.legend->layout(), users.plotLayout());
        QCOMPARE(users.plotLayout()->rowCount(), 4); // title, plot, legend, footnote
        QVERIFY(!im.footnoteText().isEmpty());
    }

    void theChartRangeFollowsTheRequestAndIsPutBack()
    {
        at::ViewState state;
        at::UserCountChart chart(&m_document, &state);
        chart.resize(800, 500);
        chart.replot();
        const QCPRange shown = chart.xAxis->range();
        const at::UserCountExport source(&chart);
        at::ExportRequest request;
        request.size = QSize(800, 500);
        request.from = double(QDate(2011, 1, 1).toJulianDay());
        request.to = double(QDate(2012, 1, 1).toJulianDay());
        const QImage image = at::renderExportImage(source, request);
        QCOMPARE(image.size(), QSize(800, 500));
        // Another range draws another picture, and the whole range (no request) a third.
        request.from = double(QDate(2012, 1, 1).toJulianDay());
        request.to = double(QDate(2013, 6, 1).toJulianDay());
        QVERIFY(at::renderExportImage(source, request) != image);
        request.from = request.to = 0;
        QVERIFY(at::renderExportImage(source, request) != image);
        QCOMPARE(chart.xAxis->range().lower, shown.lower);
        QCOMPARE(chart.xAxis->range().upper, shown.upper);
    }

    // A picture has no Sources panel: its footnote lists the articles it rests on, shortening the titles
    // when room is short, and never points to the window.
    void theTimelineFootnoteStandsAlone()
    {
        at::ViewState state;
        at::TimelineView view(&m_document, &state);
        view.setLocale(m_en);
        const at::TimelineExport source(&m_document, &view);
        at::ExportRequest request;
        request.locale = m_en;
        request.size = QSize(1920, 1080);
        const at::TimelineExport::Layout full = source.layout(request.size, request);
        QVERIFY2(full.note.startsWith(u"Sources: "_s), qPrintable(full.note));
        for (const at::Source &s : m_document.dataset().sources)
            QVERIFY2(full.note.contains(s.title.primary()), qPrintable(s.title.primary()));
        QVERIFY(!full.note.contains(u"panel"_s));

        request.size = QSize(640, 300);
        const at::TimelineExport::Layout small = source.layout(request.size, request);
        const QFontMetrics metrics(view.font());
        QVERIFY2(small.noteBox.height() <= std::max(3 * metrics.lineSpacing(), 300 / 6),
                 qPrintable(small.note));
        QVERIFY2(small.note.startsWith(u"Sources: "_s), qPrintable(small.note));
        QVERIFY(!small.note.contains(u"panel"_s));
        QVERIFY(small.note != full.note);
    }
};

QTEST_MAIN(TestViewExports)
#include "tst_viewexports.moc"
