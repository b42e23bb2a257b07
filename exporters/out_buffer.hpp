#pragma once

#include <charconv>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

namespace corpkg::exporters {

/// A write buffer in front of an ostream: writers append small pieces and the bytes go out
/// in 64 KiB blocks, so a million-edge export makes a few thousand write calls, not
/// millions. Numbers go through std::to_chars (locale-free, shortest round-trip form).
class OutBuffer {
  public:
    explicit OutBuffer(std::ostream& out) : out_(out) { buf_.reserve(kBlock * 2); }
    ~OutBuffer() { flush(); }
    OutBuffer(const OutBuffer&) = delete;
    OutBuffer& operator=(const OutBuffer&) = delete;

    /// The buffer itself, for escaping functions that append to a std::string.
    std::string& text() noexcept { return buf_; }

    OutBuffer& operator<<(std::string_view s) {
        buf_.append(s);
        return *this;
    }
    OutBuffer& operator<<(char c) {
        buf_.push_back(c);
        return *this;
    }
    OutBuffer& operator<<(std::int64_t v) {
        char tmp[24];
        auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
        buf_.append(tmp, res.ptr);
        return *this;
    }
    /// A double in shortest round-trip form, always with a fraction or exponent so that
    /// readers keep it a double (`3` is written `3.0`).
    void append_double(double v) {
        char tmp[40];
        auto res = std::to_chars(tmp, tmp + sizeof tmp, v);
        std::string_view s(tmp, static_cast<std::size_t>(res.ptr - tmp));
        buf_.append(s);
        if (s.find_first_of(".eEn") == std::string_view::npos) {
            buf_.append(".0");
        }
    }

    /// Writes out the buffer once it holds a block; call after each record.
    void maybe_flush() {
        if (buf_.size() >= kBlock) {
            flush();
        }
    }
    void flush() {
        if (!buf_.empty()) {
            out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
            buf_.clear();
        }
    }

  private:
    static constexpr std::size_t kBlock = 1 << 16;
    std::ostream& out_;
    std::string buf_;
};

} // namespace corpkg::exporters
