#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace corpkg::exporters {

/// A write buffer in front of an ostream: writers append small pieces and the bytes go out
/// in 64 KiB blocks, so a million-edge export makes a few thousand write calls, not
/// millions. Numbers go through std::to_chars (locale-free, shortest round-trip form).
/// Appending is a bounds check and a memcpy: at a million edges of a few dozen pieces
/// each, std::string::append's bookkeeping was a noticeable share of an export.
class OutBuffer {
  public:
    explicit OutBuffer(std::ostream& out) : out_(out), buf_(new char[kCapacity]) {}
    ~OutBuffer() { flush(); }
    OutBuffer(const OutBuffer&) = delete;
    OutBuffer& operator=(const OutBuffer&) = delete;

    void append(const char* s, std::size_t n) {
        if (n <= kCapacity - pos_) {
            std::memcpy(buf_.get() + pos_, s, n);
            pos_ += n;
            return;
        }
        flush();
        if (n <= kCapacity) {
            std::memcpy(buf_.get(), s, n);
            pos_ = n;
        } else {
            out_.write(s, static_cast<std::streamsize>(n));
        }
    }
    OutBuffer& operator<<(std::string_view s) {
        append(s.data(), s.size());
        return *this;
    }
    OutBuffer& operator<<(char c) {
        if (pos_ == kCapacity) {
            flush();
        }
        buf_[pos_++] = c;
        return *this;
    }
    OutBuffer& operator<<(std::int64_t v) {
        char* p = room(24);
        pos_ = static_cast<std::size_t>(std::to_chars(p, p + 24, v).ptr - buf_.get());
        return *this;
    }
    /// A double in shortest round-trip form, always with a fraction or exponent so that
    /// readers keep it a double (`3` is written `3.0`).
    void append_double(double v) {
        char* p = room(48);
        // Whole numbers below 1e5 (weights) print as their digits in shortest form too
        // (from 100000 on, to_chars prefers `1e+05`); -0 keeps its sign below.
        if (v > -1e5 && v < 1e5) {
            auto whole = static_cast<std::int64_t>(v);
            if (static_cast<double>(whole) == v && (whole != 0 || !std::signbit(v))) {
                char* end = std::to_chars(p, p + 24, whole).ptr;
                *end++ = '.';
                *end++ = '0';
                pos_ = static_cast<std::size_t>(end - buf_.get());
                return;
            }
        }
        char* end = std::to_chars(p, p + 40, v).ptr;
        if (std::string_view(p, static_cast<std::size_t>(end - p)).find_first_of(".eEn") ==
            std::string_view::npos) {
            *end++ = '.';
            *end++ = '0';
        }
        pos_ = static_cast<std::size_t>(end - buf_.get());
    }

    /// Writes out the buffer once it holds a block; call after each record.
    void maybe_flush() {
        if (pos_ >= kBlock) {
            flush();
        }
    }
    void flush() {
        if (pos_ != 0) {
            out_.write(buf_.get(), static_cast<std::streamsize>(pos_));
            pos_ = 0;
        }
    }

  private:
    static constexpr std::size_t kBlock = 1 << 16;
    static constexpr std::size_t kCapacity = kBlock * 4; ///< a record never outgrows this

    /// At least `n` (small) writable bytes at the end of the buffer.
    char* room(std::size_t n) {
        if (kCapacity - pos_ < n) {
            flush();
        }
        return buf_.get() + pos_;
    }

    std::ostream& out_;
    std::unique_ptr<char[]> buf_;
    std::size_t pos_ = 0;
};

} // namespace corpkg::exporters
