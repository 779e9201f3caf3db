// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "app/core/atomicfile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRandomGenerator>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace at {

namespace {

QString reason(int err)
{
    return qt_error_string(err);
}

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16).rightJustified(6, u'0');
}

// A name beside `target` that no other file has: hidden, so that a file dialog does not offer a half-written
// file, and in the same folder, so that the rename is atomic.
QString siblingName(const QString &target, QStringView kind)
{
    const QFileInfo info(target);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + u'.' + kind + u'-' + randomSuffix();
}

// The file a save replaces: the one a symbolic link points to, as text editors do, so that the link stays.
QString resolvedTarget(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && info.exists())
        return info.canonicalFilePath();
    return info.absoluteFilePath();
}

// The steps after the contents are written, shared by AtomicFile::commit() and replaceFileDurably().
class Placement {
    Q_DECLARE_TR_FUNCTIONS(at::AtomicFile)

public:
    Placement(QString shownPath, QString target, QString temporary)
        : m_shown(std::move(shownPath)), m_target(std::move(target)), m_temporary(std::move(temporary)),
          m_previousExists(QFileInfo::exists(m_target))
    {}

    // Takes over `fd` (closes it in every case).
    Expected<void, FileError> run(int fd)
    {
        if (::fdatasync(fd) != 0) {
            const int err = errno;
            ::close(fd);
            return fail(tr("the disk did not confirm the write (%1)").arg(reason(err)));
        }
        // Network file systems report some write errors only when the file is closed.
        if (::close(fd) != 0)
            return fail(tr("the file could not be completed (%1)").arg(reason(errno)));
        // A second name for the previous file, so that it can be put back if the folder cannot be synced
        // after the rename. File systems without hard links save without this safety net.
        QString backup;
        if (m_previousExists) {
            backup = siblingName(m_target, u"old");
            if (::link(encoded(m_target).constData(), encoded(backup).constData()) != 0)
                backup.clear();
        }
        if (::rename(encoded(m_temporary).constData(), encoded(m_target).constData()) != 0) {
            const int err = errno;
            if (!backup.isEmpty())
                ::unlink(encoded(backup).constData());
            return fail(tr("the new file could not be put in place (%1)").arg(reason(err)));
        }
        if (const int err = syncFolder(); err != 0) {
            // Undo the rename: the new contents are not known to be on disk, so the name goes back to the
            // previous file (or to no file).
            if (!backup.isEmpty())
                ::rename(encoded(backup).constData(), encoded(m_target).constData());
            else if (!m_previousExists)
                ::unlink(encoded(m_target).constData());
            syncFolder();
            const QString why = tr("the disk did not confirm the new folder entry (%1)").arg(reason(err));
            if (backup.isEmpty() && m_previousExists)
                return Unexpected(FileError{
                    m_shown, tr("%1; the new file is in place but may be lost after a crash").arg(why)});
            return Unexpected(FileError{m_shown, outcome(why)});
        }
        if (!backup.isEmpty())
            ::unlink(encoded(backup).constData());
        return {};
    }

    const QString &path() const { return m_shown; }
    // What the user is told: the failed step, and that nothing else changed.
    QString outcome(const QString &why) const
    {
        return m_previousExists ? tr("%1; the previous file was kept").arg(why)
                                : tr("%1; nothing was saved").arg(why);
    }

private:
    Expected<void, FileError> fail(const QString &why)
    {
        ::unlink(encoded(m_temporary).constData());
        return Unexpected(FileError{m_shown, outcome(why)});
    }

    // 0, or the error of the folder's sync. A folder that cannot be opened for reading, or a file system
    // that cannot sync folders (EINVAL), has nothing more to confirm.
    int syncFolder() const
    {
        const int dir = ::open(encoded(QFileInfo(m_target).absolutePath()).constData(),
                               O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir < 0)
            return 0;
        int err = 0;
        if (::fsync(dir) != 0 && errno != EINVAL && errno != ENOTSUP)
            err = errno;
        ::close(dir);
        return err;
    }

    QString m_shown;
    QString m_target;
    QString m_temporary;
    bool m_previousExists;
};

} // namespace

// Buffers writes and passes them to the file descriptor in large blocks; remembers the first failure.
class AtomicFile::Device : public QIODevice {
public:
    Device(int fd, QString temporary) : m_fd(fd), m_temporary(std::move(temporary))
    {
        m_buffer.reserve(bufferSize);
        QIODevice::open(QIODevice::WriteOnly);
    }
    ~Device() override
    {
        if (m_fd >= 0) {
            ::close(m_fd);
            ::unlink(encoded(m_temporary).constData());
        }
    }

    bool isSequential() const override { return true; }
    int failure() const { return m_errno; }
    const QString &temporary() const { return m_temporary; }

    bool flushBuffer()
    {
        if (m_errno != 0)
            return false;
        const bool ok = writeAll(m_buffer.constData(), m_buffer.size());
        m_buffer.clear();
        return ok;
    }
    // Hands the descriptor to the caller; the device no longer removes the temporary file.
    int release()
    {
        QIODevice::close();
        return std::exchange(m_fd, -1);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (m_errno != 0)
            return -1;
        if (m_buffer.size() + size > bufferSize) {
            if (!flushBuffer())
                return -1;
            if (size >= bufferSize)
                return writeAll(data, size) ? size : -1;
        }
        m_buffer.append(data, size);
        return size;
    }

private:
    static constexpr qsizetype bufferSize = 256 * 1024;

    bool writeAll(const char *data, qint64 size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                // A regular file accepts no bytes at all only when the disk is full.
                m_errno = n < 0 ? errno : ENOSPC;
                setErrorString(reason(m_errno));
                return false;
            }
            data += n;
            size -= n;
        }
        return true;
    }

    int m_fd;
    QString m_temporary;
    QByteArray m_buffer;
    int m_errno = 0;
};

AtomicFile::AtomicFile(const QString &path) : m_path(path) {}

AtomicFile::~AtomicFile() = default;

Expected<void, FileError> AtomicFile::open()
{
    discard();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (QFileInfo(m_path).isDir())
        return Unexpected(FileError{shown, tr("is a folder; nothing was saved")});
    const QString target = resolvedTarget(m_path);
    const Placement placement(shown, target, {});
    struct stat previous {};
    const bool hasPrevious = ::stat(encoded(target).constData(), &previous) == 0;
    int err = EEXIST;
    for (int attempt = 0; attempt < 100 && err == EEXIST; ++attempt) {
        const QString temporary = siblingName(target, u"tmp");
        // 0666 and the umask, as any new file; a replaced file's permissions are copied below.
        const int fd = ::open(encoded(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            err = errno;
            continue;
        }
        if (hasPrevious)
            ::fchmod(fd, previous.st_mode & 07777);
        m_device = std::make_unique<Device>(fd, temporary);
        return {};
    }
    return Unexpected(
        FileError{shown, placement.outcome(tr("cannot be created in its folder (%1)").arg(reason(err)))});
}

QIODevice &AtomicFile::device()
{
    Q_ASSERT(m_device);
    return *m_device;
}

QString AtomicFile::temporaryPath() const
{
    return m_device ? m_device->temporary() : QString();
}

std::optional<FileError> AtomicFile::writeFailure() const
{
    if (!m_device || m_device->failure() == 0)
        return std::nullopt;
    const Placement placement(QDir::toNativeSeparators(m_path), resolvedTarget(m_path), {});
    return FileError{placement.path(),
                     placement.outcome(tr("could not be written (%1)").arg(reason(m_device->failure())))};
}

Expected<void, FileError> AtomicFile::commit()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!m_device)
        return Unexpected(FileError{shown, tr("was not opened for saving; nothing was saved")});
    const QString target = resolvedTarget(m_path);
    Placement placement(shown, target, m_device->temporary());
    if (!m_device->flushBuffer()) {
        const FileError e = *writeFailure();
        discard();
        return Unexpected(e);
    }
    const std::unique_ptr<Device> device = std::move(m_device);
    return placement.run(device->release());
}

void AtomicFile::discard()
{
    m_device.reset(); // closes and removes the temporary file
}

Expected<void, FileError> writeFileAtomically(const QString &path, QByteArrayView bytes)
{
    return writeFileAtomically(path, [bytes](QIODevice &out) -> Expected<void, FileError> {
        out.write(bytes.data(), bytes.size()); // a failure is the device's, reported by commit()
        return {};
    });
}

Expected<void, FileError> writeFileAtomically(const QString &path, const ContentWriter &write)
{
    AtomicFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    Expected<void, FileError> written = write(file.device());
    if (!written) {
        const std::optional<FileError> cause = file.writeFailure();
        file.discard();
        if (cause)
            return Unexpected(*cause);
        FileError e = written.error();
        if (e.path.isEmpty())
            e.path = QDir::toNativeSeparators(path);
        return Unexpected(e);
    }
    return file.commit();
}

Expected<void, FileError> replaceFileDurably(const QString &temporary, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    Placement placement(shown, resolvedTarget(path), temporary);
    const int fd = ::open(encoded(temporary).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        ::unlink(encoded(temporary).constData());
        return Unexpected(FileError{
            shown, placement.outcome(AtomicFile::tr("could not be written (%1)").arg(reason(err)))});
    }
    return placement.run(fd);
}

namespace {

// 0, or the error of syncing the folder `path` (a file system that cannot sync folders has nothing to
// confirm).
int syncFolderAt(const QString &path)
{
    const int dir = ::open(encoded(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return errno;
    int err = 0;
    if (::fsync(dir) != 0 && errno != EINVAL && errno != ENOTSUP)
        err = errno;
    ::close(dir);
    return err;
}

// Swaps two names in one step; where the file system cannot (EINVAL, ENOSYS), moves `to` aside to
// `aside` first and puts it back if the second rename fails. 0 or the error.
int exchange(const QString &from, const QString &to, const QString &aside)
{
    if (::renameat2(AT_FDCWD, encoded(from).constData(), AT_FDCWD, encoded(to).constData(),
                    RENAME_EXCHANGE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    if (::rename(encoded(to).constData(), encoded(aside).constData()) != 0)
        return errno;
    if (::rename(encoded(from).constData(), encoded(to).constData()) != 0) {
        const int err = errno;
        ::rename(encoded(aside).constData(), encoded(to).constData());
        return err;
    }
    // The previous folder is now at `aside`; the caller finds it at `from` as after a swap.
    ::rename(encoded(aside).constData(), encoded(from).constData());
    return 0;
}

// Who says what for a folder save: the failed step, and that nothing else changed.
struct FolderText {
    Q_DECLARE_TR_FUNCTIONS(at::AtomicFile)
};

} // namespace

Expected<void, FileError> writeFolderAtomically(const QString &path, const FolderEntryFilter &mayReplace,
                                                const FolderWriter &write)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const QString target = info.absoluteFilePath();
    const bool previousExists = info.exists();
    auto outcome = [previousExists](const QString &why) {
        return previousExists ? FolderText::tr("%1; the previous folder was kept").arg(why)
                              : FolderText::tr("%1; nothing was saved").arg(why);
    };
    if (previousExists && !info.isDir())
        return Unexpected(FileError{shown, FolderText::tr("is a file, not a folder; it was kept")});
    if (previousExists) {
        QDirIterator entries(target, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (entries.hasNext()) {
            const QString name = entries.next().section(u'/', -1);
            if (!mayReplace || !mayReplace(name) || entries.fileInfo().isDir())
                return Unexpected(FileError{
                    shown, FolderText::tr("is a folder with other files in it (%1); choose a new or empty "
                                          "folder; it was kept")
                               .arg(name)});
        }
    }
    QString temporary;
    int err = EEXIST;
    for (int attempt = 0; attempt < 100 && err == EEXIST; ++attempt) {
        temporary = siblingName(target, u"tmp");
        err = ::mkdir(encoded(temporary).constData(), 0777) == 0 ? 0 : errno;
    }
    if (err != 0)
        return Unexpected(FileError{
            shown, outcome(FolderText::tr("cannot be created in its folder (%1)").arg(reason(err)))});
    auto discard = [&temporary] { QDir(temporary).removeRecursively(); };

    if (Expected<void, FileError> written = write(temporary); !written) {
        discard();
        FileError e = written.error();
        // A file of the folder: named by its name in the folder, its message without the outcome the
        // file saver added (a new file in the temporary folder: "nothing was saved").
        QString why = e.message;
        const QString tail = AtomicFile::tr("%1; nothing was saved").arg(QString());
        if (why.endsWith(tail))
            why.chop(tail.size());
        const QFileInfo file(e.path);
        if (!e.path.isEmpty() && file.absolutePath() == QFileInfo(temporary).absoluteFilePath())
            why = file.fileName() + QStringLiteral(": ") + why;
        return Unexpected(FileError{shown, outcome(why)});
    }
    if (const int e = syncFolderAt(temporary); e != 0) {
        discard();
        return Unexpected(FileError{
            shown, outcome(FolderText::tr("the disk did not confirm the write (%1)").arg(reason(e)))});
    }
    const QString parent = info.absolutePath();
    const int placed =
        previousExists ? exchange(temporary, target, siblingName(target, u"old"))
                       : (::rename(encoded(temporary).constData(), encoded(target).constData()) ? errno : 0);
    if (placed != 0) {
        discard();
        return Unexpected(FileError{
            shown,
            outcome(FolderText::tr("the new folder could not be put in place (%1)").arg(reason(placed)))});
    }
    if (const int e = syncFolderAt(parent); e != 0 && e != EACCES) {
        // The new entry is not known to be on disk: the name goes back to the previous folder (or to none).
        if (previousExists)
            exchange(temporary, target, siblingName(target, u"old"));
        else
            ::rename(encoded(target).constData(), encoded(temporary).constData());
        discard();
        syncFolderAt(parent);
        return Unexpected(FileError{
            shown,
            outcome(FolderText::tr("the disk did not confirm the new folder entry (%1)").arg(reason(e)))});
    }
    // After a swap the previous folder is at the temporary name.
    discard();
    return {};
}

} // namespace at
