// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The annotation report as a folder (report.md and the pictures it links to) and as one PDF, on the
// embedded dataset: which pictures each section gets, their exact files and contents, the pictures being
// what the views draw for those ranges with those annotations, a previous report replaced whole, a folder
// of other files refused, and Chinese text in the PDF drawn with a font that has it.
#include "app/core/annotations/annotationio.h"
#include "app/core/annotations/reportfigures.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "app/core/timeextent.h"
#include "app/core/viewstate.h"
#include "ui/application/applicationviews.h"
#include "ui/export/exportwriter.h"
#include "ui/report/reportwriter.h"
#include "ui/viewregistry/viewregistry.h"

#include <QBuffer>
#include <QDir>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using at::ReportFigure;

namespace {

double day(int y, int m, int d)
{
    return double(QDate(y, m, d).toJulianDay());
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

at::Annotation note(const at::AnnotationTarget &target, const QString &text, int n)
{
    at::Annotation a;
    a.id = u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0'));
    a.target = target;
    a.text = text;
    a.author = u"li.wei"_s;
    a.created = a.edited = QDateTime(QDate(2024, 5, 2), QTime(9, 30), Qt::UTC);
    return a;
}

} // namespace

class TestReportWriter : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    at::Document m_document;
    const at::ViewRegistry m_views = at::applicationViews();
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};
    QList<at::Annotation> m_annotations;

    QStringList entries(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                      QDir::Name);
    }
    // What the view itself draws for the figure: the report's picture must be exactly this.
    QImage drawnByTheView(const ReportFigure &figure, QSize size) const
    {
        at::ViewState state;
        state.setCurrentTime(at::timeExtent(m_document.dataset()).to);
        const at::ViewContext context{&m_document, &state, m_en, nullptr};
        const at::ViewDescriptor *view =
            m_views.find(figure.view == ReportFigure::View::Timeline ? u"timeline" : u"users");
        const std::unique_ptr<QWidget> widget = at::ViewRegistry::createHidden(*view, context, size);
        at::ExportRequest request;
        request.size = size;
        request.locale = m_en;
        request.title = figure.caption;
        request.from = figure.from;
        request.to = figure.to;
        request.annotations = figure.annotations;
        return at::renderExportImage(*view->exporter(widget.get(), context), request);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
        // An event, a data point, Weibo's telecom push (a span) and the QQ and 360 fight (a period).
        m_annotations = {
            note(at::AnnotationTarget::event(u"sina-msn-alliance"_s), u"MSN users come to Weibo"_s, 1),
            note(at::AnnotationTarget::point(u"qq-active-accounts"_s, u"2010-Q3"_s), u"as stated"_s, 2),
            note(at::AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31)),
                 u"Weibo's telecom push"_s, 3),
            note(at::AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21)),
                 u"The QQ and 360 fight"_s, 4),
        };
    }

    // Each section gets the pictures of its place: an event the timeline half a year either side, a point
    // the user-count chart a year either side of its quarter, a span the timeline over its days with a
    // tenth either side, a period that and the user-count chart; numbered in the report's order.
    void thePlan()
    {
        const auto report = at::annotationReportWithFigures(m_annotations, m_document.dataset(), m_en);
        const at::Event &e =
            m_document.dataset().events[size_t(m_document.dataset().eventIndex(u"sina-msn-alliance"))];
        QCOMPARE(report.figures.size(), 5);
        QCOMPARE(report.figures[0].fileName, u"figure-01.png"_s);
        QCOMPARE(report.figures[0].view, ReportFigure::View::Timeline);
        QCOMPARE(report.figures[0].from, e.time() - 183);
        QCOMPARE(report.figures[0].to, e.endTime() + 183);
        QCOMPARE(report.figures[0].caption, u"The timeline around 11 Nov 2010"_s);
        QCOMPARE(report.figures[0].annotations, QList<at::Annotation>{m_annotations[0]});
        QCOMPARE(report.figures[1].fileName, u"figure-02.png"_s);
        QCOMPARE(report.figures[1].view, ReportFigure::View::UserCounts);
        QCOMPARE(report.figures[1].from, day(2010, 7, 1) - 366);
        QCOMPARE(report.figures[1].to, day(2010, 10, 1) + 366);
        QCOMPARE(report.figures[1].caption, u"User counts around Q3 2010"_s);
        // The period comes before the span (time order); its two pictures share its range.
        const double periodMargin = (day(2010, 11, 22) - day(2010, 9, 27)) / 10;
        QCOMPARE(report.figures[2].view, ReportFigure::View::Timeline);
        QCOMPARE(report.figures[2].from, day(2010, 9, 27) - periodMargin);
        QCOMPARE(report.figures[2].to, day(2010, 11, 22) + periodMargin);
        QCOMPARE(report.figures[2].caption, u"The timeline, 27 Sept 2010 – 21 Nov 2010"_s);
        QCOMPARE(report.figures[3].view, ReportFigure::View::UserCounts);
        QCOMPARE(report.figures[3].from, report.figures[2].from);
        QCOMPARE(report.figures[3].caption, u"User counts, 27 Sept 2010 – 21 Nov 2010"_s);
        QCOMPARE(report.figures[3].annotations, QList<at::Annotation>{m_annotations[3]});
        QCOMPARE(report.figures[4].fileName, u"figure-05.png"_s);
        QCOMPARE(report.figures[4].caption, u"The timeline, 1 Jun 2011 – 31 Dec 2011"_s);
        QCOMPARE(report.figures[4].annotations, QList<at::Annotation>{m_annotations[2]});

        // Each link, relative, right after its section's facts; the text is otherwise the plain report's.
        QVERIFY2(report.markdown.contains(u"![The timeline around 11 Nov 2010](figure-01.png)\n\n"
                                          u"*The timeline around 11 Nov 2010*\n\n### Annotations\n\n"_s),
                 qPrintable(report.markdown));
        QVERIFY(report.markdown.contains(u"## All companies, 27 Sept 2010 – 21 Nov 2010\n\n"
                                         u"![The timeline, 27 Sept 2010 – 21 Nov 2010](figure-03.png)\n\n"
                                         u"*The timeline, 27 Sept 2010 – 21 Nov 2010*\n\n"
                                         u"![User counts, 27 Sept 2010 – 21 Nov 2010](figure-04.png)\n\n"_s));
        QString plain = report.markdown;
        plain.remove(
            QRegularExpression(u"!\\[[^\\n]*\\]\\(figure-\\d\\d\\.png\\)\\n\\n\\*[^\\n]*\\*\\n\\n"_s));
        QCOMPARE(plain, at::annotationReport(m_annotations, m_document.dataset(), m_en));
        QCOMPARE(report.markdown.count(u"](figure-"_s), 5);
    }

    void reportFileNames()
    {
        QVERIFY(at::isReportFileName(u"report.md"_s));
        QVERIFY(at::isReportFileName(u"figure-01.png"_s));
        QVERIFY(at::isReportFileName(u"figure-123.png"_s));
        QVERIFY(!at::isReportFileName(u"figure-1.png"_s));
        QVERIFY(!at::isReportFileName(u"notes.txt"_s));
        QVERIFY(!at::isReportFileName(u"report.md.bak"_s));
    }

    // The folder: report.md and exactly its pictures, each what the view draws; written again, the
    // previous report is replaced whole (a picture it no longer has is gone).
    void theFolder()
    {
        const QString folder = m_dir.filePath(u"report"_s);
        at::ReportWriter writer(m_views, m_document, m_en);
        const QSize size(800, 450);
        writer.setFigureSize(size);
        QList<std::pair<int, int>> progress;
        const auto written = writer.writeFolder(m_annotations, folder, [&](int done, int total) {
            progress.append({done, total});
            return true;
        });
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(progress, (QList<std::pair<int, int>>{{0, 5}, {1, 5}, {2, 5}, {3, 5}, {4, 5}, {5, 5}}));
        QCOMPARE(entries(folder), (QStringList{u"figure-01.png"_s, u"figure-02.png"_s, u"figure-03.png"_s,
                                               u"figure-04.png"_s, u"figure-05.png"_s, u"report.md"_s}));
        const auto plan = writer.plan(m_annotations);
        QCOMPARE(QString::fromUtf8(bytesOf(folder + u"/report.md"_s)), plan.markdown);
        for (const ReportFigure &figure : plan.figures) {
            const QImage png(folder + u'/' + figure.fileName);
            QCOMPARE(png.size(), size);
            QVERIFY2(png.convertToFormat(QImage::Format_RGB32) ==
                         drawnByTheView(figure, size).convertToFormat(QImage::Format_RGB32),
                     qPrintable(figure.fileName));
        }
        // Nothing beside it.
        QCOMPARE(entries(m_dir.path()).filter(u"report"_s), QStringList{u"report"_s});

        // Again with only the span: two files, the rest gone.
        const auto again = writer.writeFolder({m_annotations[2]}, folder);
        QVERIFY(again);
        QCOMPARE(entries(folder), (QStringList{u"figure-01.png"_s, u"report.md"_s}));
        QVERIFY(bytesOf(folder + u"/report.md"_s).contains("Weibo's telecom push"));
        QCOMPARE(entries(m_dir.path()).filter(u"report"_s), QStringList{u"report"_s});
    }

    // A folder that holds anything but a report is not replaced: it is the user's.
    void aFolderOfOtherFilesIsRefused()
    {
        const QString folder = m_dir.filePath(u"documents"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile other(folder + u"/thesis.odt"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("mine");
        other.close();
        at::ReportWriter writer(m_views, m_document, m_en);
        writer.setFigureSize({400, 300});
        const auto written = writer.writeFolder(m_annotations, folder);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(),
                 QDir::toNativeSeparators(folder) +
                     u": is a folder with other files in it (thesis.odt); choose a new or empty folder; it "
                     u"was kept"_s);
        QCOMPARE(entries(folder), QStringList{u"thesis.odt"_s});
        // An empty folder is taken.
        const QString empty = m_dir.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(writer.writeFolder({m_annotations[0]}, empty));
        QCOMPARE(entries(empty), (QStringList{u"figure-01.png"_s, u"report.md"_s}));
    }

    // Cancelled before the second picture: nothing is written and the previous report stays.
    void cancelling()
    {
        const QString folder = m_dir.filePath(u"cancelled"_s);
        at::ReportWriter writer(m_views, m_document, m_en);
        writer.setFigureSize({400, 300});
        QVERIFY(writer.writeFolder({m_annotations[0]}, folder));
        const QByteArray before = bytesOf(folder + u"/report.md"_s);
        const auto written =
            writer.writeFolder(m_annotations, folder, [](int done, int) { return done < 1; });
        QVERIFY(!written);
        QCOMPARE(written.error().toString(),
                 QDir::toNativeSeparators(folder) + u": cancelled; the previous folder was kept"_s);
        QCOMPARE(bytesOf(folder + u"/report.md"_s), before);
        QCOMPARE(entries(folder), (QStringList{u"figure-01.png"_s, u"report.md"_s}));
        QCOMPARE(entries(m_dir.path()).filter(u"cancelled"_s), QStringList{u"cancelled"_s});
        const QString pdf = m_dir.filePath(u"cancelled.pdf"_s);
        const auto printed = writer.writePdf(m_annotations, pdf, [](int, int) { return false; });
        QCOMPARE(printed.error().toString(),
                 QDir::toNativeSeparators(pdf) + u": cancelled; nothing was saved"_s);
        QVERIFY(!QFile::exists(pdf));
    }

    // One PDF with every picture in it, and the Chinese of a Chinese report drawn with a font that has it.
    void thePdf()
    {
        QVERIFY2(QRawFont::fromFont(QFont(u"WenQuanYi Micro Hei"_s)).supportsCharacter(0x4E2D),
                 "the CJK font (fonts-wqy-microhei) is needed");
        const QLocale zh(QLocale::Chinese, QLocale::China);
        at::ReportWriter writer(m_views, m_document, zh);
        writer.setFigureSize({800, 450});
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        const auto written = writer.writePdf(m_annotations, pdf);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        const QByteArray bytes = bytesOf(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Subtype /Image"), 5);
        // The section titles of a Chinese report are Chinese (新浪, the event's parties); their glyphs come
        // from the CJK font, embedded.
        QVERIFY(writer.plan(m_annotations).markdown.contains(u"新浪"_s));
        QVERIFY2(bytes.contains("WenQuanYi"), "no CJK font embedded");
        QCOMPARE(entries(m_dir.path()).filter(u"report.pdf"_s), QStringList{u"report.pdf"_s});
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
