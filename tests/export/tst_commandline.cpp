// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The command line: every argument checked with one clear message, the view names from the registry, and
// the exports it asks for (every view in one call; a file that cannot be written leaves no file and does
// not stop the others).
#include "app/core/document.h"
#include "app/core/fuzzydate.h"
#include "app/core/import/datasetimport.h"
#include "app/core/import/datasetpaths.h"
#include "app/core/import/json/jsonreader.h"
#include "ui/application/applicationviews.h"
#include "ui/application/commandline.h"
#include "ui/application/commandlineexport.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    at::Document m_document;
    const at::ViewRegistry m_views = at::applicationViews();
    const QLocale m_en{QLocale::English, QLocale::UnitedKingdom};

    static QStringList args(const QString &line)
    {
        return QStringList{u"alliance-timeline"_s} + line.split(u' ', Qt::SkipEmptyParts);
    }
    at::Expected<at::CommandLine, at::CommandLineError> parse(const QString &line) const
    {
        return at::parseCommandLine(args(line), m_views.names());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r = at::readEmbeddedDataset();
        QVERIFY(r.hasValue());
        m_document.setDataset(*r, u"embedded"_s);
    }

    void severalExportsInOneCall()
    {
        const auto cl = parse(
            u"--export timeline --out t.png --export users --out u.svg --size 3840x2160 --from 2010 --to 2011-06 --lang zh_CN --theme dark"_s);
        QVERIFY2(cl, qPrintable(cl ? QString() : cl.error().message));
        QCOMPARE(cl->task, at::CommandLine::Task::Export);
        QCOMPARE(cl->exports.size(), 2);
        QCOMPARE(cl->exports[1].view, u"users"_s);
        QCOMPARE(cl->exports[1].out, u"u.svg"_s);
        QCOMPARE(cl->size, QSize(3840, 2160));
        QCOMPARE(cl->from, double(QDate(2010, 1, 1).toJulianDay()));
        QCOMPARE(cl->to, double(QDate(2011, 7, 1).toJulianDay())); // the end of June, exclusive
        QVERIFY(cl->hasRange());
        QCOMPARE(cl->language, at::Language::SimplifiedChinese);
        QCOMPARE(cl->theme, at::Theme::Dark);
    }

    void aWindowWithAFileOrNothing()
    {
        auto cl = parse(u""_s);
        QVERIFY(cl);
        QCOMPARE(cl->task, at::CommandLine::Task::Window);
        QVERIFY(!cl->hasRange());
        QVERIFY(!cl->language);
        cl = parse(u"notes.atws"_s);
        QVERIFY(cl);
        QCOMPARE(cl->task, at::CommandLine::Task::Window);
        QCOMPARE(cl->workspace, u"notes.atws"_s);
        QVERIFY(cl->datasets.isEmpty());
        // Several datasets: every --dataset, then the files a file manager passes; the workspace apart.
        cl = parse(u"--dataset a.json --dataset tables b.csv notes.ATWS c.json"_s);
        QVERIFY(cl);
        QCOMPARE(cl->datasets, (QStringList{u"a.json"_s, u"tables"_s, u"b.csv"_s, u"c.json"_s}));
        QCOMPARE(cl->workspace, u"notes.ATWS"_s);
        // A team's address is a workspace too, not a dataset.
        cl = parse(u"postgresql://alice@db.example.org/timeline?workspace=telecom c.json"_s);
        QVERIFY(cl);
        QCOMPARE(cl->workspace, u"postgresql://alice@db.example.org/timeline?workspace=telecom"_s);
        QCOMPARE(cl->datasets, QStringList{u"c.json"_s});
        QCOMPARE(parse(u"--help"_s)->task, at::CommandLine::Task::Help);
        QCOMPARE(parse(u"-v"_s)->task, at::CommandLine::Task::Version);
    }

    // --max-file-size: the import size limit of this run, over the setting; not given, the setting's.
    void maxFileSize()
    {
        auto cl = parse(u"big.json"_s);
        QVERIFY(cl);
        QVERIFY(!cl->maxFileSize);
        cl = parse(u"--max-file-size 2G big.json"_s);
        QVERIFY(cl);
        QCOMPARE(cl->maxFileSize, std::optional<qint64>(qint64(2) * 1024 * 1024 * 1024));
        QCOMPARE(cl->datasets, QStringList{u"big.json"_s});
        cl = parse(u"--max-file-size=296M --dataset big.json --export timeline --out t.png"_s);
        QVERIFY(cl);
        QCOMPARE(cl->maxFileSize, std::optional<qint64>(qint64(296) * 1024 * 1024));
        QVERIFY(cl->helpText.contains(u"--max-file-size <SIZE>"_s));
    }

    // What the command line names is read as: a folder is its dataset files; a table of one of the tables'
    // names brings the others of those names beside it (not other .csv files); a JSON file is itself; each
    // file once, in the order named.
    void tablesBringTheirSiblings()
    {
        const QString set = m_dir.filePath(u"set"_s);
        QVERIFY(QDir().mkpath(set));
        for (const char *name :
             {"sources.csv", "entities.csv", "events.csv", "quotes.csv", "notes.csv", "extra.json"}) {
            QFile f(set + u'/' + QLatin1StringView(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        auto files = at::commandLineDatasetFiles({set + u"/events.csv"_s});
        QVERIFY(files);
        QCOMPARE(*files, (QStringList{set + u"/events.csv"_s, set + u"/sources.csv"_s,
                                      set + u"/entities.csv"_s, set + u"/quotes.csv"_s}));
        // Named twice (the table and its folder): each file once.
        files = at::commandLineDatasetFiles({set + u"/quotes.csv"_s, set});
        QVERIFY(files);
        QCOMPARE(*files,
                 (QStringList{set + u"/quotes.csv"_s, set + u"/sources.csv"_s, set + u"/entities.csv"_s,
                              set + u"/events.csv"_s, set + u"/extra.json"_s, set + u"/notes.csv"_s}));
        // A file of another name is only itself.
        files = at::commandLineDatasetFiles({set + u"/notes.csv"_s, set + u"/extra.json"_s});
        QVERIFY(files);
        QCOMPARE(*files, (QStringList{set + u"/notes.csv"_s, set + u"/extra.json"_s}));
        // Names of any case, as some systems write them; the lower-case name where a folder has both.
        const QString upper = m_dir.filePath(u"upper"_s);
        QVERIFY(QDir().mkpath(upper));
        for (const char *name : {"Sources.csv", "ENTITIES.csv", "entities.csv", "Events.csv", "notes.csv"}) {
            QFile f(upper + u'/' + QLatin1StringView(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        files = at::commandLineDatasetFiles({upper + u"/Events.csv"_s});
        QVERIFY(files);
        QCOMPARE(*files, (QStringList{upper + u"/Events.csv"_s, upper + u"/Sources.csv"_s,
                                      upper + u"/entities.csv"_s}));
        // The same file through a symbolic link, or its folder through one: read once.
        QVERIFY(QFile::link(set, m_dir.filePath(u"link"_s)));
        files = at::commandLineDatasetFiles(
            {set + u"/events.csv"_s, m_dir.filePath(u"link/events.csv"_s), m_dir.filePath(u"link"_s)});
        QVERIFY(files);
        QCOMPARE(*files,
                 (QStringList{set + u"/events.csv"_s, set + u"/sources.csv"_s, set + u"/entities.csv"_s,
                              set + u"/quotes.csv"_s, m_dir.filePath(u"link/extra.json"_s),
                              m_dir.filePath(u"link/notes.csv"_s)}));
        QCOMPARE(at::importIdentity({m_dir.filePath(u"link/events.csv"_s)}),
                 at::importIdentity({set + u"/events.csv"_s}));
        // A missing table is left to the reader, which says so with the others' problems.
        files = at::commandLineDatasetFiles({m_dir.filePath(u"gone/events.csv"_s)});
        QVERIFY(files);
        QCOMPARE(*files, QStringList{m_dir.filePath(u"gone/events.csv"_s)});
    }

    void errors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("misspelt option")
            << u"--expor timeline --out x.png"_s << u"unknown option \"--expor\"; --help lists the options"_s;
        QTest::newRow("unknown option")
            << u"--colour red"_s << u"unknown option \"--colour\"; --help lists the options"_s;
        QTest::newRow("bad view")
            << u"--export pie --out a.png"_s
            << u"unknown view \"pie\"; use one of timeline, users, im-share, microblog-share, network"_s;
        QTest::newRow("missing out") << u"--export timeline"_s
                                     << u"each --export needs one --out (got 1 --export and 0 --out)"_s;
        QTest::newRow("bad extension") << u"--export timeline --out a.jpg"_s
                                       << u"\"a.jpg\": the file name must end in .png, .svg, .pdf or .csv"_s;
        QTest::newRow("bad size") << u"--export timeline --out a.png --size 12x"_s
                                  << u"--size \"12x\" is not WIDTHxHEIGHT, e.g. 1920x1080"_s;
        QTest::newRow("huge size") << u"--export timeline --out a.png --size 99999x10"_s
                                   << u"--size 99999x10 is out of range: each side from 16 to 16384 pixels"_s;
        QTest::newRow("bad date") << u"--export timeline --out a.png --from 2011-13 --to 2012"_s
                                  << u"--from \"2011-13\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"_s;
        QTest::newRow("bad end date") << u"--export timeline --out a.png --from 2011 --to 2012-02-30"_s
                                      << u"--to \"2012-02-30\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"_s;
        QTest::newRow("from alone") << u"--export timeline --out a.png --from 2011"_s
                                    << u"--from 2011 needs --to: give both ends of the time range"_s;
        QTest::newRow("to alone") << u"--export timeline --out a.png --to 2012-06"_s
                                  << u"--to 2012-06 needs --from: give both ends of the time range"_s;
        QTest::newRow("reversed range") << u"--export timeline --out a.png --from 2012 --to 2011"_s
                                        << u"--to 2011 is not after --from 2012"_s;
        QTest::newRow("bad language")
            << u"--lang fr"_s << u"--lang \"fr\" is not supported; use en or zh_CN"_s;
        QTest::newRow("bad file size")
            << u"--max-file-size 1.5G big.json"_s
            << u"--max-file-size \"1.5G\" is not a size: a number of bytes, or with K, M or G (512M, 2G)"_s;
        QTest::newRow("zero file size")
            << u"--max-file-size 0 big.json"_s
            << u"--max-file-size \"0\" is not a size: a number of bytes, or with K, M or G (512M, 2G)"_s;
        QTest::newRow("bad theme") << u"--theme pink"_s
                                   << u"--theme \"pink\" is not supported; use light or dark"_s;
        QTest::newRow("two workspaces")
            << u"a.atws b.json b.atws"_s << u"one workspace at a time: a.atws and b.atws"_s;
        QTest::newRow("--workspace and a workspace")
            << u"--workspace a.atws b.atws"_s << u"one workspace at a time: a.atws and b.atws"_s;
        QTest::newRow("bad annotations")
            << u"--export timeline --out a.png --workspace w.atws --annotations some"_s
            << u"--annotations: error: \"some\" is not all, none, tag:NAME or author:NAME"_s;
        QTest::newRow("a tag without its name")
            << u"--export timeline --out a.png --workspace w.atws --annotations tag:"_s
            << u"--annotations: error: \"tag:\" is not all, none, tag:NAME or author:NAME"_s;
        QTest::newRow("annotations twice")
            << u"--export timeline --out a.png --workspace w.atws --annotations all --annotations none"_s
            << u"--annotations: error: given 2 times; give it once"_s;
        QTest::newRow("annotations without a workspace")
            << u"--export timeline --out a.png --annotations tag:telecom"_s
            << u"--annotations: error: no workspace to take them from; name one with --workspace FILE"_s;
        QTest::newRow("annotations without an export")
            << u"--workspace w.atws --annotations all"_s
            << u"--annotations: error: only pictures made with --export carry annotations; the window's "
               u"export dialog chooses its own"_s;
        QTest::newRow("report as a Markdown file")
            << u"--workspace w.atws --report notes.md"_s
            << u"--report \"notes.md\": a report is a folder (its report.md is written in it) or a .pdf file"_s;
        QTest::newRow("report without a workspace")
            << u"--report out"_s
            << u"--report: error: no workspace to take the annotations from; name one with --workspace FILE"_s;
        QTest::newRow("report of none") << u"--workspace w.atws --report out --annotations none"_s
                                        << u"--annotations: error: none leaves --report nothing to report"_s;
    }

    // --report: a folder or a PDF, as many as asked for, with the annotations --annotations chooses; it is
    // an export (no window), with or without pictures.
    void reportsAreExports()
    {
        const auto cl = parse(
            u"--workspace w.atws --report reports/2011 --report summary.PDF --annotations tag:telecom"_s);
        QVERIFY2(cl, qPrintable(cl ? QString() : cl.error().message));
        QCOMPARE(cl->task, at::CommandLine::Task::Export);
        QCOMPARE(cl->reports, (QStringList{u"reports/2011"_s, u"summary.PDF"_s}));
        QVERIFY(cl->exports.isEmpty());
        QCOMPARE(cl->annotationChoice(), at::AnnotationChoice::tag(u"telecom"_s));
        // A folder name with a dot in it is a folder.
        QCOMPARE(parse(u"--workspace w.atws --report report.v2"_s)->reports, QStringList{u"report.v2"_s});
    }

    // --annotations: all of the workspace's by default, none without a workspace; a tag or an author that
    // no annotation has is an error, not an empty picture.
    void annotationsChosenFromTheWorkspace()
    {
        auto cl = parse(u"--export timeline --out a.svg --workspace w.atws"_s);
        QVERIFY(cl);
        QCOMPARE(cl->workspace, u"w.atws"_s);
        QCOMPARE(cl->annotationChoice(), at::AnnotationChoice::all());
        QCOMPARE(parse(u"--export timeline --out a.svg"_s)->annotationChoice(), at::AnnotationChoice::none());
        QCOMPARE(parse(u"--export timeline --out a.svg --annotations none"_s)->annotationChoice(),
                 at::AnnotationChoice::none());
        at::Annotation telecom;
        telecom.text = u"Telecom push"_s;
        telecom.tags = {u"Telecom"_s};
        telecom.author = u"li.wei"_s;
        at::Annotation other;
        other.text = u"Other"_s;
        other.author = u"zhang"_s;
        cl = parse(u"--export timeline --out a.svg --workspace w.atws --annotations tag:telecom"_s);
        QVERIFY(cl);
        auto chosen = at::chooseAnnotations(*cl, {telecom, other});
        QVERIFY(chosen);
        QCOMPARE(*chosen, QList<at::Annotation>{telecom});
        cl = parse(u"--export timeline --out a.svg --workspace w.atws --annotations author:ZHANG"_s);
        QCOMPARE(*at::chooseAnnotations(*cl, {telecom, other}), QList<at::Annotation>{other});
        cl = parse(u"--export timeline --out a.svg --workspace w.atws --annotations tag:rumour"_s);
        chosen = at::chooseAnnotations(*cl, {telecom, other});
        QVERIFY(!chosen);
        QCOMPARE(chosen.error().message,
                 u"--annotations: error: no annotation in w.atws has the tag \"rumour\""_s);
        cl = parse(u"--export timeline --out a.svg --workspace w.atws --annotations author:wang"_s);
        chosen = at::chooseAnnotations(*cl, {telecom, other});
        QVERIFY(!chosen);
        QCOMPARE(chosen.error().message, u"--annotations: error: no annotation in w.atws is by \"wang\""_s);
    }
    void anEmptyDatasetNameIsAnError()
    {
        const auto cl =
            at::parseCommandLine({u"alliance-timeline"_s, u"--dataset"_s, QString()}, m_views.names());
        QVERIFY(!cl);
        QCOMPARE(cl.error().message, u"--dataset needs a file or folder name"_s);
    }

    void errors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const auto cl = parse(line);
        QVERIFY(!cl);
        QCOMPARE(cl.error().message, message);
    }

    // --help names every registered view and says what the file argument may be.
    void helpReadsTheRegistry()
    {
        const auto cl = parse(u"--help"_s);
        QVERIFY(cl);
        QVERIFY2(cl->helpText.simplified().contains(u"timeline, users, im-share, microblog-share"_s),
                 qPrintable(cl->helpText));
        QVERIFY(cl->helpText.simplified().contains(
            u"A workspace (.atws, or a postgresql:// address) to open, and dataset files or folders to load as --dataset does."_s));
        QVERIFY(cl->helpText.simplified().contains(u"Repeat for several; they are read as one dataset."_s));
        at::ViewRegistry more = at::applicationViews();
        at::ViewDescriptor extra = more.views().constFirst();
        extra.name = u"sketch"_s;
        extra.placement = at::ViewPlacement::dock(Qt::RightDockWidgetArea, u"sketchDock"_s);
        more.add(extra);
        QVERIFY(at::parseCommandLine(args(u"--help"_s), more.names())
                    ->helpText.simplified()
                    .contains(u"timeline, users, im-share, microblog-share, network, sketch"_s));
        QVERIFY(at::parseCommandLine(args(u"--export sketch --out n.png"_s), more.names()));
        QVERIFY(!parse(u"--export sketch --out n.png"_s));
    }

    // Qt's own options are Qt's to read: the parser neither refuses nor sees them.
    void qtOptionsArePassedOver()
    {
        const char *argv[] = {"alliance-timeline", "-platform", "offscreen", "--style=fusion", "-reverse",
                              "--export",          "users",     "--out",     "u.png"};
        const QStringList list = at::commandLineArguments(9, const_cast<char **>(argv));
        QCOMPARE(list,
                 (QStringList{u"alliance-timeline"_s, u"--export"_s, u"users"_s, u"--out"_s, u"u.png"_s}));
        QVERIFY(at::parseCommandLine(list, m_views.names()));
    }

    void theLanguageIsFoundInABadCommandLine()
    {
        QCOMPARE(at::languageArgument(args(u"--expor x --lang zh_CN"_s)), at::Language::SimplifiedChinese);
        QCOMPARE(at::languageArgument(args(u"--lang=en --bad"_s)), at::Language::English);
        QVERIFY(!at::languageArgument(args(u"--bad"_s)));
    }

    void exportsEveryViewInOneCall()
    {
        at::CommandLine cl;
        cl.size = QSize(1280, 800);
        for (const QString &v : m_views.names())
            cl.exports.append({v, m_dir.filePath(v + u".png"_s)});
        const auto written = at::runCommandLineExports(m_views, cl, {}, m_document, m_en, false);
        QVERIFY(written);
        for (const QString &v : m_views.names()) {
            QImageReader reader(m_dir.filePath(v + u".png"_s));
            QCOMPARE(reader.format(), QByteArray("png"));
            QCOMPARE(reader.size(), QSize(1280, 800));
            const QImage image = reader.read();
            // Not blank: more than the background colour.
            int other = 0;
            for (int y = 0; y < image.height(); y += 7) {
                for (int x = 0; x < image.width(); x += 7)
                    other += image.pixel(x, y) != qRgb(255, 255, 255);
            }
            QVERIFY2(other > 200, qPrintable(v));
        }
    }

    void anUnwritableFolderGivesItsMessageAndLeavesNoFile()
    {
        // A folder that cannot exist: its parent is a file.
        const QString file = m_dir.filePath(u"plain.txt"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        at::CommandLine cl;
        cl.size = QSize(400, 300);
        const QString out = file + u"/timeline.png"_s;
        cl.exports.append({u"timeline"_s, out});
        cl.exports.append({u"im-share"_s, m_dir.filePath(u"im.png"_s)});
        const auto written = at::runCommandLineExports(m_views, cl, {}, m_document, m_en, false);
        QVERIFY(!written);
        QCOMPARE(written.error().size(), 1);
        const QString message = written.error().first().toString();
        QCOMPARE(message, out + u": cannot be created in its folder (Not a directory); nothing was saved"_s);
        QVERIFY(!QFile::exists(out));
        // The other export in the same call is still written.
        QVERIFY(QFile::exists(m_dir.filePath(u"im.png"_s)));
    }

    void filterAndCursorOptions()
    {
        const auto cl = parse(
            u"--export users --out u.csv --entity wechat --entity qq --sector microblog,instantMessaging "
            "--kind alliance --status confirmed --text 微信 --cursor 2011-06"_s);
        QVERIFY2(cl, qPrintable(cl ? QString() : cl.error().message));
        QCOMPARE(cl->filter.entities, (QStringList{u"wechat"_s, u"qq"_s}));
        QCOMPARE(cl->filter.sectors,
                 (QList<at::Sector>{at::Sector::Microblog, at::Sector::InstantMessaging}));
        QCOMPARE(cl->filter.kinds, QList<at::Kind>{at::Kind::Alliance});
        QCOMPARE(cl->filter.statuses, QList<at::Status>{at::Status::Confirmed});
        QCOMPARE(cl->filter.text, u"微信"_s);
        QCOMPARE(cl->cursor, double(QDate(2011, 6, 30).toJulianDay())); // a month stands for its last day

        const auto resolved = at::resolveFilter(cl->filter, m_document.dataset());
        QVERIFY(resolved);
        QCOMPARE(resolved->entities, (QList<int>{m_document.dataset().entityIndex(u"wechat"_s),
                                                 m_document.dataset().entityIndex(u"qq"_s)}));
        at::CommandLine::Filter unknown;
        unknown.entities = {u"myspace"_s};
        const auto refused = at::resolveFilter(unknown, m_document.dataset());
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, u"--entity \"myspace\": the dataset has no company with this id"_s);

        QCOMPARE(parse(u"--sector blog"_s).error().message,
                 u"--sector \"blog\" is not one of instantMessaging, microblog, portal, search, eCommerce, "
                 u"telecom, "
                 "securitySoftware, socialNetwork"_s);
        QCOMPARE(parse(u"--kind alliance,merger"_s).error().message,
                 u"--kind \"merger\" is not one of alliance, investment, launch, dispute, plan, milestone"_s);
        QCOMPARE(parse(u"--cursor 2011-13"_s).error().message,
                 u"--cursor \"2011-13\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"_s);
    }

    // --out FILE.csv writes what the view draws, with the command line's filter: here Tencent, which
    // brings QQ and WeChat.
    void csvOfEveryViewWithTheFilter()
    {
        at::CommandLine cl;
        for (const QString &v : {u"timeline"_s, u"users"_s, u"im-share"_s})
            cl.exports.append({v, m_dir.filePath(v + u".csv"_s)});
        at::CommandLine::Filter tencent;
        tencent.entities = {u"tencent"_s};
        const auto filter = at::resolveFilter(tencent, m_document.dataset());
        QVERIFY(filter);
        QVERIFY(at::runCommandLineExports(m_views, cl, *filter, m_document, m_en, false));
        auto lines = [this](const QString &name) {
            QFile file(m_dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return QStringList();
            const QByteArray bytes = file.readAll();
            if (!bytes.startsWith("\xEF\xBB\xBF"))
                return QStringList{u"no byte order mark"_s};
            return QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        };

        const QStringList users = lines(u"users.csv"_s);
        QCOMPARE(users.value(0),
                 u"series_id,entity_id,entity_en,entity_zh,metric,unit,date,date_precision,"
                 "date_first_day,date_last_day,value,qualifier,claim,date_note,source_id,source_title,"
                 "paragraph"_s);
        QCOMPARE(users.size(), 5);
        QVERIFY2(users[1].startsWith(
                     u"qq-active-accounts,qq,QQ,QQ,activeAccounts,count,2010-Q3,quarter,2010-07-01,"
                     "2010-09-30,600000000,over,"_s),
                 qPrintable(users[1]));
        QVERIFY(users[3].startsWith(
            u"wechat-registered-users,wechat,WeChat,微信,registeredUsers,count,2013-01-15,day,"
            "2013-01-15,2013-01-15,300000000,atLeast,"_s));
        QVERIFY(
            users[4].startsWith(u"wechat-users-as-stated,wechat,WeChat,微信,usersAsStated,count,2013,year,"
                                "2013-01-01,2013-12-31,400000000,approaching,"_s));

        const QStringList timeline = lines(u"timeline.csv"_s);
        QCOMPARE(timeline.value(0),
                 u"event_id,title,kind,status,start,start_precision,start_first_day,start_last_day,"
                 "end,end_precision,end_first_day,end_last_day,parties,parties_en,parties_zh,"
                 "summary,date_note,source_id,source_title,paragraph"_s);
        QCOMPARE(timeline.size(), 6);
        QStringList ids;
        for (const QString &line : timeline.mid(1))
            ids << line.section(u',', 0, 0);
        QCOMPARE(ids, (QStringList{u"qq-360-ultimatum"_s, u"qq-360-truce"_s, u"wechat-launch"_s,
                                   u"wechat-300m"_s, u"wechat-shopping-login"_s}));
        QVERIFY2(timeline[3].startsWith(
                     u"wechat-launch,Tencent launches WeChat,launch,confirmed,2011,year,2011-01-01,"
                     "2011-12-31,,,,,wechat,WeChat,微信,"_s),
                 qPrintable(timeline[3]));
        QVERIFY(timeline[1].contains(u",tencent;qq;qihoo-360,Tencent;QQ;Qihoo 360,腾讯;QQ;奇虎360,"_s));

        const QStringList shares = lines(u"im-share.csv"_s);
        QCOMPARE(shares.size(), 3);
        QVERIFY2(shares[1].startsWith(
                     u"im-active-2010q3,\"China instant messaging, active accounts\",中国即时通信活跃账户,"
                     "instantMessaging,activeAccounts,2010-Q3,quarter,2010-07-01,2010-09-30,yes,"
                     "858000000,exact,member,qq-active-accounts,qq,QQ,QQ,600000000,atLeast,"
                     "0.699300699300699,atLeast,,yes,"_s),
                 qPrintable(shares[1]));
        QVERIFY2(shares[2].contains(
                     u",other,,,,,258000000,atMost,0.300699300699301,atMost,msn-china,,ft-msn-sina,"_s),
                 qPrintable(shares[2]));
    }
};

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
