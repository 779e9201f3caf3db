// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The real program, run as a user runs it where there is no display (a server, a script, CI): a bad
// command line ends with exit 2 and one line on stderr, in the language asked for, before Qt looks for a
// display; --help and --export work; asking for the window says why it cannot open one.
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "tests/export/svgtexts.h"
#include "tests/support/synthetic.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using at::testing::svgTexts;

class TestCommandLineBinary : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static QStringList csvLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    }
    Run run(const QStringList &args) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE", "LC_ALL"})
            env.remove(QLatin1StringView(name));
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        // Settings of its own, so that a language chosen in someone's Preferences does not leak in.
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(QStringLiteral(AT_APP_BINARY), args);
        const bool finished = p.waitForFinished(60000);
        // A crash keeps its exit code -1 but brings what it printed, so that the failure shows why.
        const bool normal = finished && p.exitStatus() == QProcess::NormalExit;
        return {normal ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A workspace file with Weibo's telecom push (a span, tagged telecom, by li.wei) and one more
    // annotation by li.wei.
    static void writeWorkspace(const QString &path, const at::AnnotationTarget &other,
                               const QString &otherText)
    {
        at::AnnotationStore store;
        QUndoStack stack;
        at::AnnotationEdits edits(&store, &stack);
        edits.setAuthor(u"li.wei"_s);
        QVERIFY(store.create(path));
        at::Annotation span =
            edits.draft(at::AnnotationTarget::span(u"weibo"_s, QDate(2011, 6, 1), QDate(2011, 12, 31)));
        span.text = u"Weibo's telecom push"_s;
        span.tags = {u"telecom"_s};
        QVERIFY(edits.add(span));
        at::Annotation second = edits.draft(other);
        second.text = otherText;
        QVERIFY(edits.add(second));
    }

    // A small synthetic dataset (3 companies, `events` events, a series, a quote) as CSV tables in `name`.
    QString writeSmallTables(const QString &name, int events) const
    {
        at::SyntheticSpec spec;
        spec.events = events;
        spec.lanes = 3;
        spec.series = 1;
        spec.pointsPerSeries = 2;
        spec.quotes = 1;
        const QString folder = m_dir.filePath(name);
        QString error;
        if (!at::writeSyntheticDatasetCsvFiles(spec, folder, &error))
            qFatal("cannot write %s: %s", qPrintable(folder), qPrintable(error));
        return folder;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --workspace FILE --annotations all|none|tag:NAME: the pictures carry those annotations, with their
    // notes; a tag none has, or a workspace that cannot be read, writes nothing.
    void picturesWithTheWorkspacesAnnotations()
    {
        const QString workspace = m_dir.filePath(u"notes.atws"_s);
        writeWorkspace(workspace, at::AnnotationTarget::period(QDate(2010, 9, 27), QDate(2010, 11, 21)),
                       u"The QQ and 360 fight"_s);
        const QString spanNote = u"Weibo's telecom push — li.wei, telecom"_s;
        const QString periodNote = u"The QQ and 360 fight — li.wei"_s;
        const QString out = m_dir.filePath(u"annotated.svg"_s);
        const QStringList base{u"--export"_s, u"timeline"_s, u"--out"_s, out, u"--workspace"_s, workspace};
        Run r = run(base);
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QStringList texts = svgTexts(out);
        QVERIFY(texts.contains(spanNote));
        QVERIFY(texts.contains(periodNote));

        r = run(base + QStringList{u"--annotations"_s, u"tag:telecom"_s});
        QCOMPARE(r.exitCode, 0);
        texts = svgTexts(out);
        QVERIFY(texts.contains(spanNote));
        QVERIFY(!texts.contains(periodNote));

        r = run(base + QStringList{u"--annotations"_s, u"none"_s});
        QCOMPARE(r.exitCode, 0);
        texts = svgTexts(out);
        QVERIFY(!texts.contains(spanNote));
        QVERIFY(!texts.contains(periodNote));

        const QString refused = m_dir.filePath(u"refused.svg"_s);
        r = run({u"--export"_s, u"timeline"_s, u"--out"_s, refused, u"--workspace"_s, workspace,
                 u"--annotations"_s, u"tag:rumour"_s});
        QCOMPARE(
            r.err,
            u"alliance-timeline: --annotations: error: no annotation in %1 has the tag \"rumour\"\n"_s.arg(
                workspace));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(refused));

        r = run({u"--export"_s, u"timeline"_s, u"--out"_s, refused, u"--annotations"_s, u"everything"_s});
        QCOMPARE(r.err, u"alliance-timeline: --annotations: error: \"everything\" is not all, none, tag:NAME "
                        "or author:NAME\n"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(refused));

        const QString missing = m_dir.filePath(u"missing.atws"_s);
        r = run({u"--export"_s, u"timeline"_s, u"--out"_s, refused, u"--workspace"_s, missing});
        QCOMPARE(r.err, u"alliance-timeline: --workspace: error: The workspace “%1” does not exist.\n"_s.arg(
                            missing));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(refused));
    }

    // --report FOLDER and --report FILE.pdf, with --workspace and --annotations: the folder holds report.md
    // and exactly the pictures it links to, the PDF has them inside; a folder of other files is refused
    // with exit 1 and left as it was, and the other report is still written.
    void reportsFromTheCommandLine()
    {
        const QString workspace = m_dir.filePath(u"report.atws"_s);
        writeWorkspace(workspace, at::AnnotationTarget::event(u"sina-msn-alliance"_s),
                       u"MSN users come over"_s);
        const QString folder = m_dir.filePath(u"telecom-report"_s);
        const QString pdf = m_dir.filePath(u"telecom-report.pdf"_s);
        Run r = run({u"--workspace"_s, workspace, u"--report"_s, folder, u"--report"_s, pdf,
                     u"--annotations"_s, u"tag:telecom"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name),
                 (QStringList{u"figure-01.png"_s, u"report.md"_s}));
        QFile md(folder + u"/report.md"_s);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains(u"Weibo's telecom push"_s));
        QVERIFY(!text.contains(u"MSN users come over"_s)); // not tagged telecom
        QVERIFY(text.contains(u"![The timeline, 1 Jun 2011 – 31 Dec 2011](figure-01.png)"_s));
        QCOMPARE(QImageReader(folder + u"/figure-01.png"_s).size(), QSize(1600, 900));
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        const QByteArray bytes = printed.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Subtype /Image"), 1);

        const QString mine = m_dir.filePath(u"mine"_s);
        QVERIFY(QDir().mkpath(mine));
        QFile other(mine + u"/thesis.odt"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        const QString second = m_dir.filePath(u"second.pdf"_s);
        r = run({u"--workspace"_s, workspace, u"--report"_s, mine, u"--report"_s, second});
        QCOMPARE(r.err,
                 u"alliance-timeline: %1: is a folder with other files in it (thesis.odt); choose a new "
                 u"or empty folder; it was kept\n"_s.arg(mine));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QDir(mine).entryList(QDir::Files | QDir::Hidden), QStringList{u"thesis.odt"_s});
        QVERIFY(QFile::exists(second));
    }

    void aBadCommandLineIsOneLineAndExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("line");
        QTest::newRow("misspelt option") << QStringList{u"--expor"_s, u"timeline"_s, u"--out"_s, u"x.png"_s}
                                         << u"unknown option \"--expor\"; --help lists the options"_s;
        QTest::newRow("from alone") << QStringList{u"--export"_s, u"timeline"_s, u"--out"_s,
                                                   u"x.png"_s,    u"--from"_s,   u"2011"_s}
                                    << u"--from 2011 needs --to: give both ends of the time range"_s;
        QTest::newRow("to alone") << QStringList{u"--export"_s, u"timeline"_s, u"--out"_s,
                                                 u"x.png"_s,    u"--to"_s,     u"2012"_s}
                                  << u"--to 2012 needs --from: give both ends of the time range"_s;
        QTest::newRow("in Chinese") << QStringList{u"--lang"_s, u"zh_CN"_s, u"--expor"_s, u"timeline"_s}
                                    << u"未知选项“--expor”；--help 列出所有选项"_s;
    }
    void aBadCommandLineIsOneLineAndExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, line);
        const Run r = run(args);
        QCOMPARE(r.err, u"alliance-timeline: "_s + line + u'\n');
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.out, QString());
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
    }

    void helpNamesTheViewsAndTheFiles()
    {
        const Run r = run({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QString());
        QVERIFY2(r.out.simplified().contains(u"timeline, users, im-share, microblog-share"_s),
                 qPrintable(r.out));
        QVERIFY2(
            r.out.simplified().contains(
                u"A workspace (.atws, or a postgresql:// address) to open, and dataset files or folders to load as --dataset does."_s),
            qPrintable(r.out));
    }

    void exportsWithoutADisplay()
    {
        const QString out = m_dir.filePath(u"users.png"_s);
        const Run r = run({u"--export"_s, u"users"_s, u"--out"_s, out, u"--size"_s, u"400x300"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QImageReader(out).size(), QSize(400, 300));
    }

    void theWindowNeedsADisplayAndSaysSo()
    {
        const Run r = run({});
        QCOMPARE(r.err, u"alliance-timeline: no display to open the window on (DISPLAY is not set); --export "
                        "draws pictures without one\n"_s);
        QCOMPARE(r.exitCode, 1);
    }

    // --out FILE.csv: the view's data, with the filter options applied as the filter bar would.
    void dataWithAFilter()
    {
        const QString out = m_dir.filePath(u"investments.csv"_s);
        const Run r = run({u"--export"_s, u"timeline"_s, u"--out"_s, out, u"--kind"_s, u"investment"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].startsWith(u"baidu-sohu-weibo-investment,"_s));
        QVERIFY(lines[2].startsWith(u"alibaba-weibo-stake,"_s));

        const QString refused = m_dir.filePath(u"refused.csv"_s);
        const Run unknown =
            run({u"--export"_s, u"timeline"_s, u"--out"_s, refused, u"--entity"_s, u"myspace"_s});
        QCOMPARE(unknown.err,
                 u"alliance-timeline: --entity \"myspace\": the dataset has no company with this id\n"_s);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!QFile::exists(refused));
    }

    // --dataset FOLDER: the CSV tables in it are one dataset; --dataset again adds a file to it; a folder
    // without dataset files is named and nothing is written.
    void aFolderOfTablesAndAnotherFile()
    {
        const QString tables = writeSmallTables(u"tables"_s, 7);
        const QString out = m_dir.filePath(u"tables-timeline.csv"_s);
        Run r = run({u"--export"_s, u"timeline"_s, u"--out"_s, out, u"--dataset"_s, tables});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(csvLines(out).size(), 1 + 7);

        // The minimal dataset's two events come on top of the tables' seven.
        r = run({u"--export"_s, u"timeline"_s, u"--out"_s, out, u"--dataset"_s, tables, u"--dataset"_s,
                 QStringLiteral(AT_TEST_DATA "/loader/good/minimal.json")});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(csvLines(out).size(), 1 + 7 + 2);

        const QString empty = m_dir.filePath(u"nothing-here"_s);
        QVERIFY(QDir().mkpath(empty));
        const QString refused = m_dir.filePath(u"refused.csv"_s);
        r = run({u"--export"_s, u"timeline"_s, u"--out"_s, refused, u"--dataset"_s, empty});
        QCOMPARE(r.err, empty + u": error: the folder has no dataset files (.json or .csv) in it\n"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(refused));
    }

    // --dataset events.csv: the tables beside it of the tables' names come along; the files a file manager
    // passes are read the same way. A bad table says FILE:LINE:COLUMN and nothing is written; a file over
    // the size limit says what to change.
    void aTableBringsItsSiblings()
    {
        const QString tables = writeSmallTables(u"siblings"_s, 5);
        const QString out = m_dir.filePath(u"siblings-timeline.csv"_s);
        Run r =
            run({u"--export"_s, u"timeline"_s, u"--out"_s, out, u"--dataset"_s, tables + u"/events.csv"_s});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(csvLines(out).size(), 1 + 5);

        // Positional: a table and a JSON file, as a file manager passes two selected files.
        const QString minimal = QStringLiteral(AT_TEST_DATA "/loader/good/minimal.json");
        r = run({u"--export"_s, u"timeline"_s, u"--out"_s, out, tables + u"/sources.csv"_s, minimal});
        QCOMPARE(r.err, QString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(csvLines(out).size(), 1 + 5 + 2);

        // One bad date in the second line of events.csv: where it is, and no picture.
        QFile events(tables + u"/events.csv"_s);
        QVERIFY(events.open(QIODevice::ReadWrite));
        QByteArray text = events.readAll();
        const qsizetype rowStart = text.indexOf('\n') + 1;
        const qsizetype startField = text.indexOf(',', rowStart) + 1;
        const qsizetype startEnd = text.indexOf(',', startField);
        text.replace(startField, startEnd - startField, "2011-13-01");
        QVERIFY(events.resize(0));
        QVERIFY(events.seek(0));
        QCOMPARE(events.write(text), text.size());
        events.close();
        const QString refused = m_dir.filePath(u"refused-siblings.csv"_s);
        r = run(
            {u"--export"_s, u"timeline"_s, u"--out"_s, refused, u"--dataset"_s, tables + u"/entities.csv"_s});
        QCOMPARE(r.err, tables + u"/events.csv:2:%1: error: start: \"2011-13-01\" is not a date (YYYY-MM-DD, "
                                 u"YYYY-Www, YYYY-MM, YYYY-Qn or YYYY, years 1900 to 2100)\n"_s.arg(
                                     startField - rowStart + 1));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(refused));

        // Over --max-file-size: what to change.
        r = run({u"--export"_s, u"timeline"_s, u"--out"_s, refused, u"--max-file-size"_s, u"100"_s, minimal});
        QCOMPARE(r.err, minimal + u": error: the file is %1 bytes, over the import size limit of 100 bytes; "
                                  u"to open it, raise \"Import size limit\" in Edit > Preferences, or start "
                                  u"with --max-file-size 1M\n"_s.arg(QFileInfo(minimal).size()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(refused));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineBinary)
#include "tst_commandlinebinary.moc"
