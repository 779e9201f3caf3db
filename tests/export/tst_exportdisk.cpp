// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
// A full disk and a read-only folder, for real: small tmpfs mounts (root only; skipped with the reason
// otherwise). The export reports the error and leaves no file, not even a temporary one.
#include "ui/export/exportwriter.h"

#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Random noise does not compress: a 1000x1000 picture is about 3 MB as PNG, far over a 256 KiB disk.
class NoiseSource : public at::ExportSource {
public:
    at::DataTable table(const at::ExportRequest &) const override { return {}; }
    QString defaultTitle(const QLocale &) const override { return u"Noise"_s; }
    void render(QPainter &p, const QSize &size, const at::ExportRequest &) const override
    {
        QImage noise(size, QImage::Format_RGB32);
        QRandomGenerator rng(7);
        for (int y = 0; y < size.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(noise.scanLine(y));
            for (int x = 0; x < size.width(); ++x)
                line[x] = rng.generate();
        }
        p.drawImage(0, 0, noise);
    }
};

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

class TestExportDisk : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_mount;
    NoiseSource m_source;

private Q_SLOTS:
    void init()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs");
        m_mount = m_dir.filePath(u"disk"_s);
        QVERIFY(QDir().mkpath(m_mount));
        if (!run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256k"_s, u"tmpfs"_s, m_mount}))
            QSKIP("mount -t tmpfs is not permitted here");
    }
    void cleanup()
    {
        if (!m_mount.isEmpty())
            run(u"umount"_s, {m_mount});
        m_mount.clear();
    }

    void fullDiskReportsAndLeavesNoFile()
    {
        // Something already on the disk stays as it was.
        QFile keep(m_mount + u"/keep.txt"_s);
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.write("saved before");
        keep.close();
        at::ExportRequest r;
        r.size = QSize(1000, 1000);
        const QString path = m_mount + u"/big.png"_s;
        const auto written = at::exportToFile(m_source, r, path);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(),
                 path + u": could not be written (No space left on device); nothing was saved"_s);
        QCOMPARE(QDir(m_mount).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{u"keep.txt"_s});
        QVERIFY(keep.open(QIODevice::ReadOnly));
        QCOMPARE(keep.readAll(), QByteArray("saved before"));
    }

    void readOnlyFolderReportsAndLeavesNoFile()
    {
        QVERIFY(run(u"mount"_s, {u"-o"_s, u"remount,ro"_s, m_mount}));
        at::ExportRequest r;
        r.size = QSize(64, 64);
        const QString path = m_mount + u"/small.png"_s;
        const auto written = at::exportToFile(m_source, r, path);
        QVERIFY(!written);
        QCOMPARE(written.error().toString(),
                 path + u": cannot be created in its folder (Read-only file system); nothing was saved"_s);
        QVERIFY(QDir(m_mount).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
    }
};

QTEST_MAIN(TestExportDisk)
#include "tst_exportdisk.moc"
