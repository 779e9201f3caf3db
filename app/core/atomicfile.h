// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#pragma once

#include "app/core/expected.h"
#include "app/core/fileerror.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace at {

// The one way the program saves a file (pictures, annotation exports, generated datasets): the path holds
// either its previous contents or the complete new ones, never a part, and a save is reported done only
// when the disk confirmed it.
//
// The contents go to a hidden temporary file beside the target (".NAME.tmp-XXXXXX", so that the rename
// stays on one file system). commit() flushes and checks every write, syncs the file itself with
// fdatasync() and checks it, closes it and checks that, renames it over the target and syncs the folder.
// QSaveFile is not used because its commit() reports success after a failed buffered write and after a
// failed sync. On any failure the temporary file is removed, the target is what it was before, and the
// error says which step failed and why (the system's reason, such as "No space left on device").
class AtomicFile {
    Q_DECLARE_TR_FUNCTIONS(at::AtomicFile)

public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // discards the temporary file unless committed
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    // Creates the temporary file. A folder, or a folder that refuses new files, fails here.
    Expected<void, FileError> open();
    // Where the contents go, after a successful open(). Buffered; the first failed write makes every later
    // one fail too, and commit() reports it with the system's reason.
    QIODevice &device();
    // Puts the contents in place as described above. Call once.
    Expected<void, FileError> commit();
    // Removes the temporary file and leaves the target untouched.
    void discard();

    QString path() const { return m_path; }
    // The temporary file's name while open, for tests.
    QString temporaryPath() const;

    // The first failed write to the device, if any (the system's reason).
    std::optional<FileError> writeFailure() const;

private:
    class Device;
    QString m_path;
    std::unique_ptr<Device> m_device;
};

// Writes `bytes` to `path` through an AtomicFile.
Expected<void, FileError> writeFileAtomically(const QString &path, QByteArrayView bytes);

// Streams the contents: `write` writes them into the device and returns its own error (an encoder's, or a
// cancellation) if it cannot finish. When a write to the device failed, that reason is reported instead,
// since it is the cause. Nothing of a failed or cancelled save remains.
using ContentWriter = std::function<Expected<void, FileError>(QIODevice &out)>;
Expected<void, FileError> writeFileAtomically(const QString &path, const ContentWriter &write);

// A folder of files saved as one: `write` fills a hidden temporary folder beside `path` (".NAME.tmp-XXXXXX",
// its files saved through writeFileAtomically() so that each is synced), the temporary folder is synced,
// then it takes the place of `path` in one rename (an existing folder is swapped out with
// renameat2(RENAME_EXCHANGE), or moved aside where the file system cannot swap) and the parent folder is
// synced; only then is the previous folder removed. On any failure the temporary folder is removed and
// `path` is what it was. An existing folder is replaced only when it is empty or every entry of it is one
// `mayReplace` accepts (a previous save of the same kind): a folder of other files is refused, untouched.
using FolderWriter = std::function<Expected<void, FileError>(const QString &temporaryFolder)>;
using FolderEntryFilter = std::function<bool(const QString &name)>;
Expected<void, FileError> writeFolderAtomically(const QString &path, const FolderEntryFilter &mayReplace,
                                                const FolderWriter &write);

// For files written by something else (SQLite's VACUUM INTO): syncs the finished, closed file `temporary`
// and puts it in place of `path` as commit() does. On failure `temporary` is removed and `path` is as it
// was.
Expected<void, FileError> replaceFileDurably(const QString &temporary, const QString &path);

} // namespace at
