// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The network drawn for export: the requested size and scale in PNG, valid SVG and PDF, the date in the
// title, the sources of the lines drawn, the legend left out on request, a dark picture in the dark theme;
// the lines in force as CSV, with the filter; --cursor (or --at) on the command line choosing the moment.
#include "app/core/colors.h"
#include "app/core/document.h"
#include "app/core/eventfilter.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/theme.h"
#include "app/core/viewstate.h"
#include "ui/application/applicationviews.h"
#include "ui/application/commandline.h"
#include "ui/application/commandlineexport.h"
#include "ui/export/exportwriter.h"
#include "ui/network/networkexport.h"
#include "ui/network/networkview.h"

#include <QFile>
#include <QImageReader>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace at;

namespace {

double jd(const char *isoDate)
{
    return double(QDate::fromString(QString::fromLatin1(isoDate), Qt::ISODate).toJulianDay());
}

} // namespace

class TestNetworkExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    Document m_document;
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

    ExportRequest request(QSize size, qreal scale = 1) const
    {
        ExportRequest r;
        r.size = size;
        r.scale = scale;
        r.locale = m_en;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const LoadResult loaded = readEmbeddedDataset();
        QVERIFY(loaded);
        m_document.setDataset(*loaded, u"embedded"_s);
    }

    // PNG at the size times the scale; SVG and PDF that their readers take, at the size asked for.
    void sizesAndFormats()
    {
        ViewState state;
        state.setCurrentTime(jd("2011-06-14"));
        NetworkView view(&m_document, &state);
        view.setLocale(m_en);
        view.resize(800, 500);
        const NetworkExport source(&view);

        const QString png = m_dir.filePath(u"n.png"_s);
        QVERIFY(exportToFile(source, request({900, 600}, 2), png));
        QImageReader reader(png);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(1800, 1200));
        const QImage image = reader.read();
        int ink = 0;
        for (int y = 0; y < image.height(); y += 5) {
            for (int x = 0; x < image.width(); x += 5)
                ink += image.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(ink > 2000, qPrintable(QString::number(ink)));

        const QString svg = m_dir.filePath(u"n.svg"_s);
        QVERIFY(exportToFile(source, request({900, 600}), svg));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 900, 600));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("China Unicom"));

        const QString pdf = m_dir.filePath(u"n.pdf"_s);
        QVERIFY(exportToFile(source, request({900, 600}), pdf));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
    }

    // The picture says when it is of, and which articles its lines come from.
    void titleAndSources()
    {
        ViewState state;
        state.setCurrentTime(jd("2011-06-14"));
        NetworkView view(&m_document, &state);
        view.setLocale(m_en);
        const NetworkExport source(&view);
        const NetworkExport::Layout l = source.layout({1200, 800}, request({1200, 800}));
        QCOMPARE(l.title, u"Alliance network\nAs of 14 Jun 2011"_s);
        QVERIFY2(l.note.startsWith(u"Sources: "_s), qPrintable(l.note));
        QVERIFY(!l.legendBox.isEmpty());
        QVERIFY(l.network.bottom() < l.legendBox.top());
        QVERIFY(l.legendBox.bottom() < l.noteBox.top());
        // A title of the user's own keeps the date; without legend and footnote the network takes the room.
        ExportRequest bare = request({1200, 800});
        bare.title = u"Who sided with whom"_s;
        bare.legend = false;
        bare.footnote = false;
        const NetworkExport::Layout b = source.layout({1200, 800}, bare);
        QCOMPARE(b.title, u"Who sided with whom\nAs of 14 Jun 2011"_s);
        QVERIFY(b.legendBox.isEmpty());
        QVERIFY(b.note.isEmpty());
        QVERIFY(b.network.height() > l.network.height());
        // Before any line, no source to cite.
        state.setCurrentTime(jd("2010-01-01"));
        QVERIFY(source.layout({1200, 800}, request({1200, 800})).note.isEmpty());
        // In Chinese.
        ExportRequest zh = request({1200, 800});
        zh.locale = m_zh;
        state.setCurrentTime(jd("2011-06-14"));
        QVERIFY(source.layout({1200, 800}, zh).title.endsWith(u"2011年6月14日"_s));
    }

    // The annotations the network shows as of its moment, numbered in time order where they are: an event's
    // on the middle of its line, a span's at its company's disc; their notes under the legend, above the
    // sources. A data point, a period, an event not yet drawn and a span that does not hold the moment are
    // left out.
    void annotationsNumberedWhereTheyAre()
    {
        ViewState state;
        state.setCurrentTime(jd("2011-06-14"));
        NetworkView view(&m_document, &state);
        view.setLocale(m_en);
        const NetworkExport source(&view);
        auto make = [](const AnnotationTarget &target, const QString &text) {
            Annotation a;
            a.id = text;
            a.target = target;
            a.text = text;
            a.author = u"li.wei"_s;
            return a;
        };
        const Annotation span =
            make(AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31)),
                 u"Weibo's telecom push"_s);
        const Annotation event =
            make(AnnotationTarget::event(u"sina-msn-alliance"_s), u"MSN users come over"_s);
        const Annotation again =
            make(AnnotationTarget::event(u"sina-msn-alliance"_s), u"and Spaces bloggers"_s);
        const Annotation later =
            make(AnnotationTarget::span(u"weibo"_s, QDate(2012, 1, 1), QDate(2012, 3, 1)), u"not yet"_s);
        const Annotation period =
            make(AnnotationTarget::period(QDate(2011, 1, 1), QDate(2011, 12, 31)), u"a period"_s);
        const Annotation point =
            make(AnnotationTarget::point(u"qq-active-accounts"_s, u"2010-Q3"_s), u"a point"_s);
        ExportRequest r = request({1200, 800});
        r.annotations = {span, later, period, point, event, again};
        const NetworkExport::Layout l = source.layout({1200, 800}, r);
        // The event (11 Nov 2010, two annotations in the order written) before the span (1 Jun 2011).
        QCOMPARE(l.annotations.notes, (QList<Annotation>{event, again, span}));
        QCOMPARE(l.annotations.marks.size(), size_t(3));
        QCOMPARE(l.annotations.marks[0].number, 1);
        QCOMPARE(l.annotations.marks[0].event, m_document.dataset().eventIndex(u"sina-msn-alliance"));
        QCOMPARE(l.annotations.marks[1].number, 2);
        QCOMPARE(l.annotations.marks[2].number, 3);
        QCOMPARE(l.annotations.marks[2].entity, m_document.dataset().entityIndex(u"weibo"));
        // One box per place: the event's two numbers share one, as on the timeline.
        const std::vector<NetworkExport::NumberLabel> labels = NetworkExport::numberLabels(l.annotations);
        QCOMPARE(labels.size(), size_t(2));
        QCOMPARE(labels[0].text, u"1, 2"_s);
        QCOMPARE(labels[0].at, l.annotations.marks[0].at);
        QCOMPARE(labels[1].text, u"3"_s);
        QCOMPARE(l.notes.lines().front().numberText, u"1"_s);
        QCOMPARE(l.notes.lines().front().body, u"MSN users come over — li.wei"_s);
        QVERIFY(l.network.bottom() < l.legendBox.top());
        QVERIFY(l.legendBox.bottom() < l.notesBox.top());
        QVERIFY(l.notesBox.bottom() < l.noteBox.top());
        for (const NetworkExport::AnnotationMark &mark : l.annotations.marks)
            QVERIFY(l.network.contains(mark.at.toPoint()));

        // In the picture: amber boxes at those places, a black number in them.
        const QImage image = renderExportImage(source, r);
        for (const NetworkExport::NumberLabel &label : labels) {
            const QRect box = NetworkExport::numberBox(label, source.numberFont());
            QCOMPARE(image.pixelColor(box.left() + 1, box.top() + 1).rgb(), annotationSpanColor().rgb());
            QCOMPARE(image.pixelColor(box.right() - 1, box.bottom() - 1).rgb(), annotationSpanColor().rgb());
            int dark = 0;
            for (int y = box.top(); y <= box.bottom(); ++y)
                for (int x = box.left(); x <= box.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 60;
            QVERIFY2(dark > 3, qPrintable(QString::number(dark)));
        }
        // Without annotations nothing is numbered and the network has the room.
        const NetworkExport::Layout none = source.layout({1200, 800}, request({1200, 800}));
        QVERIFY(none.annotations.marks.empty());
        QVERIFY(none.notes.isEmpty());
        QVERIFY(none.network.height() > l.network.height());
        // Filtered to Tencent, Weibo's disc is left out and so is its span.
        EventFilter onlyQq;
        onlyQq.entities = {m_document.dataset().entityIndex(u"tencent")};
        state.setFilter(onlyQq);
        QCoreApplication::processEvents();
        QVERIFY(source.layout({1200, 800}, r).annotations.notes.indexOf(span) < 0);
    }

    // In the dark theme the picture is dark: the view's palette draws it.
    void darkPicture()
    {
        ViewState state;
        NetworkView view(&m_document, &state);
        view.setPalette(darkPalette());
        const NetworkExport source(&view);
        ExportRequest r = request({600, 400});
        r.dark = true;
        const QImage image = renderExportImage(source, r);
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() / 2).rgb(),
                 darkPalette().color(QPalette::Base).rgb());
    }

    // The CSV: one row per line in force at the moment, with the filter; the request's cursor chooses the
    // moment when it is set.
    void linesInForceAsTable()
    {
        ViewState state;
        state.setCurrentTime(jd("2011-06-14"));
        NetworkView view(&m_document, &state);
        const NetworkExport source(&view);
        const DataTable t = source.table(request({800, 600}));
        QCOMPARE(
            t.columns,
            QStringList({u"as_of"_s,          u"event_id"_s,    u"title"_s,           u"kind"_s,
                         u"status"_s,         u"start"_s,       u"start_precision"_s, u"start_first_day"_s,
                         u"start_last_day"_s, u"end"_s,         u"end_precision"_s,   u"end_first_day"_s,
                         u"end_last_day"_s,   u"phase"_s,       u"tentative"_s,       u"entity_a_id"_s,
                         u"entity_a_en"_s,    u"entity_a_zh"_s, u"entity_b_id"_s,     u"entity_b_en"_s,
                         u"entity_b_zh"_s,    u"source_id"_s,   u"source_title"_s,    u"paragraph"_s}));
        QStringList lines;
        for (const QStringList &row : t.rows)
            lines << row[1] + u' ' + row[13] + u' ' + row[15] + u'-' + row[18];
        // In time order (the three lines dated 2011-Q2 first, from the quarter's middle), each line once.
        QCOMPARE(lines, QStringList({
                            u"baidu-sohu-weibo-investment uncertain baidu-sohu"_s,
                            u"baidu-sohu-weibo-investment uncertain baidu-sohu-weibo"_s,
                            u"weibo-twitter-top100-forecast uncertain weibo-twitter"_s,
                            u"sina-china-unicom in_force sina-china-unicom"_s,
                            u"sina-china-unicom in_force weibo-china-unicom"_s,
                            u"weibo-video-plan in_force sina-china-unicom"_s,
                            u"weibo-video-plan in_force weibo-china-unicom"_s,
                        }));
        const QStringList &first = t.rows.at(3);
        QCOMPARE(first.mid(0, 5),
                 QStringList({u"2011-06-14"_s, u"sina-china-unicom"_s,
                              u"Sina and China Unicom sign a strategic cooperation agreement"_s,
                              u"alliance"_s, u"confirmed"_s}));
        QCOMPARE(first.mid(5, 8), QStringList({u"2011-06-14"_s, u"day"_s, u"2011-06-14"_s, u"2011-06-14"_s,
                                               QString(), QString(), QString(), QString()}));
        QCOMPARE(first[14], u"no"_s);
        QCOMPARE(t.rows.at(5)[14], u"yes"_s); // a plan is tentative
        QCOMPARE(first[21], u"weibo-telecoms"_s);
        QVERIFY(first[22].contains(u"China Telecom and China Unicom"_s));
        QCOMPARE(first[23], u"6"_s);

        // The day before: none of the lines of 14 June yet.
        ExportRequest before = request({800, 600});
        before.cursor = jd("2011-06-13");
        const DataTable b = source.table(before);
        QVERIFY(std::none_of(b.rows.cbegin(), b.rows.cend(),
                             [](const QStringList &row) { return row[1] == u"sina-china-unicom"_s; }));
        QVERIFY(std::all_of(b.rows.cbegin(), b.rows.cend(),
                            [](const QStringList &row) { return row[0] == u"2011-06-13"_s; }));

        // The filter: China Unicom's lines only.
        EventFilter unicom;
        unicom.entities = {m_document.dataset().entityIndex(u"china-unicom"_s)};
        state.setFilter(unicom);
        QStringList kept;
        for (const QStringList &row : source.table(request({800, 600})).rows)
            kept << row[1];
        QCOMPARE(kept, QStringList({u"sina-china-unicom"_s, u"sina-china-unicom"_s, u"weibo-video-plan"_s,
                                    u"weibo-video-plan"_s}));
    }

    // --cursor (also spelt --at) chooses the moment: the start of the date's last day; a bad date is refused
    // with the option's name.
    void commandLineMoment()
    {
        const ViewRegistry views = applicationViews();
        const QStringList base{u"alliance-timeline"_s, u"--export"_s, u"network"_s, u"--out"_s, u"n.png"_s};
        const auto day = parseCommandLine(base + QStringList{u"--at"_s, u"2011-06-14"_s}, views.names());
        QVERIFY(day);
        QCOMPARE(day->cursor, std::optional<double>(jd("2011-06-14")));
        const auto month = parseCommandLine(base + QStringList{u"--cursor"_s, u"2011-06"_s}, views.names());
        QVERIFY(month);
        QCOMPARE(month->cursor, std::optional<double>(jd("2011-06-30")));
        const auto bad = parseCommandLine(base + QStringList{u"--at"_s, u"2011-13"_s}, views.names());
        QVERIFY(!bad);
        QCOMPARE(bad.error().message, u"--cursor \"2011-13\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"_s);
        QVERIFY(!parseCommandLine(base, views.names())->cursor);

        // Two moments, two pictures: the day before Sina's alliance with China Unicom and the day of it.
        CommandLine cl = *day;
        cl.size = QSize(800, 500);
        cl.exports = {{u"network"_s, m_dir.filePath(u"on.png"_s)},
                      {u"network"_s, m_dir.filePath(u"on.csv"_s)}};
        QVERIFY(runCommandLineExports(views, cl, EventFilter{}, m_document, m_en, false));
        cl.cursor = jd("2011-06-13");
        cl.exports = {{u"network"_s, m_dir.filePath(u"before.png"_s)}};
        QVERIFY(runCommandLineExports(views, cl, EventFilter{}, m_document, m_en, false));
        const QImage on(m_dir.filePath(u"on.png"_s));
        const QImage before(m_dir.filePath(u"before.png"_s));
        QCOMPARE(on.size(), QSize(800, 500));
        QCOMPARE(before.size(), QSize(800, 500));
        QVERIFY(on != before);
        // The CSV of the same moment: seven lines in force under a header, with a byte order mark.
        QFile csv(m_dir.filePath(u"on.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("\xEF\xBB\xBF"
                                "as_of,event_id,title,"));
        QCOMPARE(text.count("\r\n"), 8);
        QCOMPARE(text.count("\r\n2011-06-14,sina-china-unicom,"), 2);

        // The command line's filter applies to the network too.
        EventFilter qihoo;
        qihoo.entities = {m_document.dataset().entityIndex(u"qihoo-360"_s)};
        cl.cursor = jd("2010-11-05");
        cl.exports = {{u"network"_s, m_dir.filePath(u"qihoo.csv"_s)}};
        QVERIFY(runCommandLineExports(views, cl, qihoo, m_document, m_en, false));
        QFile filtered(m_dir.filePath(u"qihoo.csv"_s));
        QVERIFY(filtered.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = filtered.readAll().split('\n');
        // The header and the ultimatum's two lines (its week is not over; the truce is the next week).
        QCOMPARE(rows.size(), 4);
        QVERIFY(rows[1].startsWith("2010-11-05,qq-360-ultimatum,"));
        QVERIFY(rows[2].startsWith("2010-11-05,qq-360-ultimatum,"));
        QVERIFY(rows[3].isEmpty());
    }
};

QTEST_MAIN(TestNetworkExport)
#include "tst_networkexport.moc"
