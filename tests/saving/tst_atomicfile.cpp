// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// The one atomic saver, with real failures injected under it (faultinject.cpp, preloaded by ctest): a sync
// that fails with EIO, a full disk, a failed close or rename. Each save path of the program is tried:
// the saver itself, PNG and SVG exports, annotation exports and reports (a folder saved as one, and a
// PDF), the generated CSV dataset, and the real binary's command-line export and report. After every failure
// the previous file is byte for byte what it was, no temporary file is left, and the message says what failed
// and why.
#include "app/core/annotations/annotationedits.h"
#include "app/core/annotations/annotationstore.h"
#include "app/core/atomicfile.h"
#include "app/core/document.h"
#include "app/core/import/json/jsonreader.h"
#include "tests/support/synthetic.h"
#include "ui/annotations/workspaceactions.h"
#include "ui/application/applicationviews.h"
#include "ui/export/exportwriter.h"
#include "ui/viewregistry/viewregistry.h"

#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWidget>
#include <dlfcn.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace at;

namespace {

using Configure = void (*)(const char *spec, const char *folder);

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

class SquareSource : public ExportSource {
public:
    QString defaultTitle(const QLocale &) const override { return u"Square"_s; }
    void render(QPainter &p, const QSize &size, const ExportRequest &) const override
    {
        p.fillRect(QRect(QPoint(size.width() / 4, size.height() / 4), size / 2), QColor(200, 0, 0));
    }
    DataTable table(const ExportRequest &) const override { return {}; }
};

// The embedded dataset and a workspace with one annotation ("kept safe"), for the annotation exports.
struct AnnotatedWorkspace {
    Document document;
    AnnotationStore store;
    QUndoStack stack;
    AnnotationEdits edits{&store, &stack};
    Annotation annotation;

    explicit AnnotatedWorkspace(const QString &file)
    {
        document.setDataset(*readEmbeddedDataset(), u"embedded"_s);
        if (!store.create(file))
            qFatal("cannot create %s", qPrintable(file));
        annotation = edits.draft(AnnotationTarget::event(u"sina-msn-alliance"_s));
        annotation.text = u"kept safe"_s;
        if (!edits.add(annotation))
            qFatal("cannot add an annotation");
    }
};

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT

    Configure m_configure = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;

    QString path(const QString &name) const { return m_folder + u'/' + name; }
    // Every entry of the folder, hidden ones included: temporary files start with a dot.
    QStringList entries() const
    {
        return QDir(m_folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                        QDir::Name);
    }
    void inject(const char *spec) { m_configure(spec, QFile::encodeName(m_folder).constData()); }
    // The two failures every save path is tried with: the fault to inject and what the user is told.
    static void syncAndFullDiskRows()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("why");
        QTest::newRow("sync EIO") << "fdatasync:EIO"_ba
                                  << u"the disk did not confirm the write (Input/output error)"_s;
        QTest::newRow("disk full") << "write:ENOSPC"_ba
                                   << u"could not be written (No space left on device)"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_configure = reinterpret_cast<Configure>(dlsym(RTLD_DEFAULT, "at_fault_configure"));
        QVERIFY2(m_configure,
                 "the fault injector is not loaded: run this test through ctest, which preloads it");
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->path();
    }
    void cleanup() { m_configure(nullptr, nullptr); }

    void writesAndReplaces()
    {
        const QString file = path(u"notes.txt"_s);
        QVERIFY(writeFileAtomically(file, "one"));
        QCOMPARE(bytesOf(file), "one"_ba);
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0604), 0);
        QVERIFY(writeFileAtomically(file, "two"));
        QCOMPARE(bytesOf(file), "two"_ba);
        // A replaced file keeps its permissions; nothing else is left in the folder.
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0604));
        QCOMPARE(entries(), QStringList{u"notes.txt"_s});
    }

    void newFilesFollowTheUmask()
    {
        const mode_t previous = ::umask(027);
        const auto written = writeFileAtomically(path(u"new.txt"_s), "x");
        ::umask(previous);
        QVERIFY(written);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path(u"new.txt"_s)).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0640));
    }

    void savingThroughALinkKeepsTheLink()
    {
        const QString target = path(u"real.txt"_s);
        const QString link = path(u"link.txt"_s);
        put(target, "old");
        QVERIFY(QFile::link(target, link));
        QVERIFY(writeFileAtomically(link, "new"));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(bytesOf(target), "new"_ba);
    }

    void streamsThroughTheDevice()
    {
        const QString file = path(u"big.bin"_s);
        // More than the device's buffer, in pieces of odd sizes.
        QByteArray expected;
        const auto written = writeFileAtomically(file, [&](QIODevice &out) -> Expected<void, FileError> {
            for (int i = 0; i < 3000; ++i) {
                const QByteArray piece(i % 1000 + 1, char('a' + i % 26));
                expected += piece;
                if (out.write(piece) != piece.size())
                    return Unexpected(FileError{{}, u"short write"_s});
            }
            return {};
        });
        QVERIFY(written);
        QCOMPARE(bytesOf(file), expected);
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder")
            << u"no/such/folder/x.txt"_s
            << u"cannot be created in its folder (No such file or directory); nothing was saved"_s;
        QTest::newRow("a folder") << u"."_s << u"is a folder; nothing was saved"_s;
    }
    void refusalsSayWhy()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString file = path(name);
        const auto written = writeFileAtomically(file, "x");
        QVERIFY(!written);
        QCOMPARE(written.error().path, QDir::toNativeSeparators(file));
        QCOMPARE(written.error().message, message);
        QVERIFY(entries().isEmpty());
    }

    // Each injected failure, over a previous file and where there was none.
    void failuresKeepThePreviousFile_data()
    {
        syncAndFullDiskRows();
        QTest::newRow("disk full mid-way")
            << "write:ENOSPC:after=300000"_ba << u"could not be written (No space left on device)"_s;
        QTest::newRow("quota") << "write:EDQUOT"_ba << u"could not be written (Disk quota exceeded)"_s;
        QTest::newRow("close EIO") << "close:EIO"_ba
                                   << u"the file could not be completed (Input/output error)"_s;
        QTest::newRow("rename EXDEV")
            << "rename:EXDEV"_ba << u"the new file could not be put in place (Invalid cross-device link)"_s;
        QTest::newRow("folder sync EIO")
            << "fsync:EIO"_ba << u"the disk did not confirm the new folder entry (Input/output error)"_s;
    }
    void failuresKeepThePreviousFile()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, why);
        const QString file = path(u"kept.txt"_s);
        const QByteArray contents(1 << 20, 'n'); // four times the device's buffer
        put(file, "the previous version");
        inject(fault.constData());
        auto written = writeFileAtomically(file, contents);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(),
                 QDir::toNativeSeparators(file) + u": "_s + why + u"; the previous file was kept"_s);
        QCOMPARE(bytesOf(file), "the previous version"_ba);
        QCOMPARE(entries(), QStringList{u"kept.txt"_s});

        const QString fresh = path(u"fresh.txt"_s);
        written = writeFileAtomically(fresh, contents);
        QVERIFY(!written);
        QCOMPARE(written.error().message, why + u"; nothing was saved"_s);
        QCOMPARE(entries(), QStringList{u"kept.txt"_s});

        // The same saves work once the cause is gone.
        m_configure(nullptr, nullptr);
        QVERIFY(writeFileAtomically(file, contents));
        QCOMPARE(bytesOf(file), contents);
        QCOMPARE(entries(), QStringList{u"kept.txt"_s});
    }

    void aWritersOwnErrorOrTheDevicesReason()
    {
        const QString file = path(u"w.txt"_s);
        put(file, "before");
        auto written = writeFileAtomically(file, [](QIODevice &out) -> Expected<void, FileError> {
            out.write("half");
            return Unexpected(FileError{{}, u"the encoder gave up"_s});
        });
        QVERIFY(!written);
        QCOMPARE(written.error().toString(), QDir::toNativeSeparators(file) + u": the encoder gave up"_s);
        QCOMPARE(bytesOf(file), "before"_ba);
        QCOMPARE(entries(), QStringList{u"w.txt"_s});
        // When a write failed underneath, that is the cause the user is told.
        inject("write:ENOSPC");
        written = writeFileAtomically(file, [](QIODevice &out) -> Expected<void, FileError> {
            if (out.write(QByteArray(1 << 20, 'x')) < 0)
                return Unexpected(FileError{{}, u"the encoder gave up"_s});
            return {};
        });
        QVERIFY(!written);
        QCOMPARE(written.error().message,
                 u"could not be written (No space left on device); the previous file was kept"_s);
        QCOMPARE(entries(), QStringList{u"w.txt"_s});
    }

    void discardedFilesLeaveNothing()
    {
        const QString file = path(u"d.txt"_s);
        {
            AtomicFile f(file);
            QVERIFY(f.open());
            QVERIFY(QFileInfo::exists(f.temporaryPath()));
            QVERIFY(QFileInfo(f.temporaryPath()).fileName().startsWith(u".d.txt.tmp-"_s));
            f.device().write("abandoned");
        }
        QVERIFY(entries().isEmpty());
    }

    void pngExport()
    {
        const QString file = path(u"x.png"_s);
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::green);
        QVERIFY(writePngAtomically(image, file));
        const QByteArray previous = bytesOf(file);
        QCOMPARE(QImage(file).pixelColor(10, 10), QColor(Qt::green));
        image.fill(Qt::blue);
        inject("fdatasync:EIO");
        const auto written = writePngAtomically(image, file);
        QVERIFY(!written);
        QCOMPARE(
            written.error().toString(),
            QDir::toNativeSeparators(file) +
                u": the disk did not confirm the write (Input/output error); the previous file was kept"_s);
        QCOMPARE(bytesOf(file), previous);
        QCOMPARE(entries(), QStringList{u"x.png"_s});
        // Cancelled while encoding: nothing is written, the previous file stays.
        m_configure(nullptr, nullptr);
        std::atomic_bool cancel{true};
        const auto cancelled = writePngAtomically(image, file, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().message, u"cancelled"_s);
        QCOMPARE(bytesOf(file), previous);
        QCOMPARE(entries(), QStringList{u"x.png"_s});
    }

    void vectorExports()
    {
        SquareSource source;
        ExportRequest r;
        r.size = QSize(320, 200);
        for (const QString &name : {u"x.svg"_s, u"x.pdf"_s}) {
            const QString file = path(name);
            put(file, "previous");
            inject("write:ENOSPC");
            const auto written = exportToFile(source, r, file);
            QVERIFY(!written);
            QCOMPARE(written.error().message,
                     u"could not be written (No space left on device); the previous file was kept"_s);
            QCOMPARE(bytesOf(file), "previous"_ba);
            m_configure(nullptr, nullptr);
            QVERIFY(exportToFile(source, r, file));
            QVERIFY(bytesOf(file).size() > 100);
        }
        QCOMPARE(entries(), (QStringList{u"x.pdf"_s, u"x.svg"_s}));
    }

    void annotationExports()
    {
        AnnotatedWorkspace ws(path(u"ws.atws"_s));
        QWidget parent;
        WorkspaceActions actions(&ws.edits, &ws.document, &parent);
        using Format = WorkspaceActions::ExportFormat;
        for (const auto &[name, format] :
             {std::pair{u"a.json"_s, Format::Json}, std::pair{u"a.csv"_s, Format::Csv}}) {
            const QString file = path(name);
            put(file, "previous export");
            inject("fdatasync:EIO");
            const auto written = actions.exportFile(file, format);
            QVERIFY(!written);
            QCOMPARE(
                written.error().message,
                u"the disk did not confirm the write (Input/output error); the previous file was kept"_s);
            QCOMPARE(bytesOf(file), "previous export"_ba);
            m_configure(nullptr, nullptr);
            QVERIFY(actions.exportFile(file, format));
            QVERIFY(bytesOf(file).contains("kept safe"));
        }
        QCOMPARE(entries(), (QStringList{u"a.csv"_s, u"a.json"_s, u"ws.atws"_s}));
    }

    // A folder saved as one: every way its save can fail leaves the previous folder byte for byte as it
    // was and nothing else in its parent, with a message that says which step failed and why.
    void folderFailuresKeepThePreviousFolder_data()
    {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<bool>("onTheFolderItself"); // the fault only on the final swap into place
        QTest::addColumn<QString>("why");
        QTest::newRow("a file's sync") << "fdatasync:EIO"_ba << false
                                       << u"a.txt: the disk did not confirm the write (Input/output error)"_s;
        QTest::newRow("disk full") << "write:ENOSPC:after=3"_ba << false
                                   << u"b.txt: could not be written (No space left on device)"_s;
        QTest::newRow("a folder's sync")
            << "fsync:EIO"_ba << false
            << u"a.txt: the disk did not confirm the new folder entry (Input/output error)"_s;
        QTest::newRow("the swap") << "rename:EIO"_ba << true
                                  << u"the new folder could not be put in place (Input/output error)"_s;
    }
    void folderFailuresKeepThePreviousFolder()
    {
        QFETCH(QByteArray, fault);
        QFETCH(bool, onTheFolderItself);
        QFETCH(QString, why);
        const QString folder = path(u"report"_s);
        auto writeTwo = [](const QByteArray &a, const QByteArray &b) {
            return [a, b](const QString &temporary) -> Expected<void, FileError> {
                if (auto one = writeFileAtomically(temporary + u"/a.txt"_s, a); !one)
                    return one;
                return writeFileAtomically(temporary + u"/b.txt"_s, b);
            };
        };
        auto ours = [](const QString &name) { return name == u"a.txt" || name == u"b.txt"; };
        QVERIFY(writeFolderAtomically(folder, ours, writeTwo("old", "old b")));
        m_configure(fault.constData(), QFile::encodeName(onTheFolderItself ? folder : m_folder).constData());
        const auto written = writeFolderAtomically(folder, ours, writeTwo("new", "new b"));
        m_configure(nullptr, nullptr);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(), folder + u": "_s + why + u"; the previous folder was kept"_s);
        QCOMPARE(bytesOf(folder + u"/a.txt"_s), "old"_ba);
        QCOMPARE(bytesOf(folder + u"/b.txt"_s), "old b"_ba);
        QCOMPARE(entries(), QStringList{u"report"_s});
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name),
                 (QStringList{u"a.txt"_s, u"b.txt"_s}));
        // Without the fault it is replaced whole.
        QVERIFY(writeFolderAtomically(folder, ours, writeTwo("new", "new b")));
        QCOMPARE(bytesOf(folder + u"/a.txt"_s), "new"_ba);
        QCOMPARE(entries(), QStringList{u"report"_s});
    }

    void newFolderFailureLeavesNothing()
    {
        inject("fdatasync:EIO");
        const auto written = writeFolderAtomically(path(u"new"_s), {}, [](const QString &temporary) {
            return writeFileAtomically(temporary + u"/x.txt"_s, "x");
        });
        QVERIFY(!written);
        QCOMPARE(written.error().message,
                 u"x.txt: the disk did not confirm the write (Input/output error); nothing was saved"_s);
        QVERIFY(entries().isEmpty());
    }

    // The annotation report from the window, as a folder and as a PDF: a failing disk keeps the previous
    // one and leaves no temporary file or folder.
    void annotationReports_data() { syncAndFullDiskRows(); }
    void annotationReports()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, why);
        AnnotatedWorkspace ws(path(u"ws.atws"_s));
        QWidget parent;
        WorkspaceActions actions(&ws.edits, &ws.document, &parent);
        const ViewRegistry views = applicationViews();
        actions.setViews(&views);
        using Format = WorkspaceActions::ExportFormat;
        const QString folder = path(u"report"_s);
        const QString pdf = path(u"report.pdf"_s);
        QVERIFY(actions.exportFile(folder, Format::ReportFolder));
        QVERIFY(actions.exportFile(pdf, Format::ReportPdf));
        const QByteArray markdown = bytesOf(folder + u"/report.md"_s);
        const QByteArray picture = bytesOf(folder + u"/figure-01.png"_s);
        const QByteArray printed = bytesOf(pdf);
        QVERIFY(markdown.contains("kept safe"));
        QVERIFY(markdown.contains("](figure-01.png)"));
        QVERIFY(printed.startsWith("%PDF-"));
        QVERIFY(ws.edits.setText(ws.annotation.id, u"changed"_s));

        inject(fault.constData());
        auto written = actions.exportFile(folder, Format::ReportFolder);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(),
                 folder + u": report.md: "_s + why + u"; the previous folder was kept"_s);
        written = actions.exportFile(pdf, Format::ReportPdf);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(), pdf + u": "_s + why + u"; the previous file was kept"_s);
        m_configure(nullptr, nullptr);
        QCOMPARE(bytesOf(folder + u"/report.md"_s), markdown);
        QCOMPARE(bytesOf(folder + u"/figure-01.png"_s), picture);
        QCOMPARE(bytesOf(pdf), printed);
        QCOMPARE(entries(), (QStringList{u"report"_s, u"report.pdf"_s, u"ws.atws"_s}));

        QVERIFY(actions.exportFile(folder, Format::ReportFolder));
        QVERIFY(bytesOf(folder + u"/report.md"_s).contains("changed"));
        QCOMPARE(entries(), (QStringList{u"report"_s, u"report.pdf"_s, u"ws.atws"_s}));
    }

    void generatedCsvDataset()
    {
        SyntheticSpec spec;
        spec.events = 200;
        spec.quotes = 20;
        inject("fdatasync:EIO");
        QString error;
        QVERIFY(!writeSyntheticDatasetCsvFiles(spec, m_folder, &error));
        QVERIFY2(error.contains(u"the disk did not confirm the write (Input/output error)"_s),
                 qPrintable(error));
        QVERIFY(entries().isEmpty());
    }

    // The real program, as a user runs it: a failing sync must not replace the picture or exit 0.
    void commandLineExport_data() { syncAndFullDiskRows(); }
    void commandLineExport()
    {
        QFETCH(QByteArray, fault);
        QFETCH(QString, why);
        const QString file = path(u"x.png"_s);
        put(file, "the old picture");
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"AT_FAULT"_s, QString::fromLatin1(fault));
        env.insert(u"AT_FAULT_PATH"_s, m_folder);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(AT_APP_BINARY),
                  {u"--export"_s, u"timeline"_s, u"--out"_s, file, u"--size"_s, u"800x500"_s});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 1);
        QCOMPARE(QString::fromLocal8Bit(app.readAllStandardError()),
                 u"alliance-timeline: "_s + file + u": "_s + why + u"; the previous file was kept\n"_s);
        QCOMPARE(bytesOf(file), "the old picture"_ba);
        QCOMPARE(entries(), QStringList{u"x.png"_s});

        // Without the fault the same command replaces it.
        env.remove(u"AT_FAULT"_s);
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(AT_APP_BINARY),
                  {u"--export"_s, u"timeline"_s, u"--out"_s, file, u"--size"_s, u"800x500"_s});
        QVERIFY(app.waitForFinished(120000));
        QCOMPARE(app.exitCode(), 0);
        QCOMPARE(QImage(file).size(), QSize(800, 500));
        QCOMPARE(entries(), QStringList{u"x.png"_s});
    }
};

QTEST_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
