// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Alliance Timeline authors
#include "ui/export/pngencoder.h"

#include <QIODevice>
#include <csetjmp>
#include <png.h>
#include <zlib.h>

namespace at {
namespace {

void writeToDevice(png_structp png, png_bytep data, png_size_t length)
{
    auto *device = static_cast<QIODevice *>(png_get_io_ptr(png));
    if (device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
        png_error(png, "write failed"); // the device keeps the reason
}
void noFlush(png_structp) {}
// libpng's default handlers print to stderr; the caller reports the failure itself (the device knows why).
[[noreturn]] void quietError(png_structp png, png_const_charp)
{
    png_longjmp(png, 1);
}
void quietWarning(png_structp, png_const_charp) {}

// libpng reports errors with longjmp; this function keeps only trivially destructible locals between the
// setjmp and any call that may jump, so the jump skips no destructor.
bool encodeRows(const QImage &image, QIODevice *out, const std::atomic_bool *cancel)
{
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, quietError, quietWarning);
    if (!png)
        return false;
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, info ? &info : nullptr);
        return false;
    }
    png_set_write_fn(png, out, writeToDevice, noFlush);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8, PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_filter(png, 0, PNG_FILTER_NONE);
    png_set_compression_level(png, 1);
    png_set_compression_strategy(png, Z_RLE);
    png_write_info(png, info);
    // RGB32 is 0xffRRGGBB, i.e. B,G,R,X in memory on little-endian machines.
    png_set_filler(png, 0, PNG_FILLER_AFTER);
    png_set_bgr(png);
    for (int y = 0; y < image.height(); ++y) {
        if (cancel && y % 64 == 0 && cancel->load())
            png_error(png, "cancelled");
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return true;
}

} // namespace

bool encodePng(const QImage &image, QIODevice *out, const std::atomic_bool *cancel)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "encodePng assumes little-endian RGB32");
    const QImage rgb =
        image.format() == QImage::Format_RGB32 ? image : image.convertToFormat(QImage::Format_RGB32);
    return encodeRows(rgb, out, cancel);
}

} // namespace at
