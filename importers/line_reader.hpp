#pragma once

#include <cstdint>
#include <cstring>
#include <istream>
#include <string>

namespace corpkg::importers {

/// Reads a stream line by line through its own block buffer, keeping at most `limit` bytes
/// of a line: the rest of an over-long line is read past, never held, so one runaway line
/// cannot exhaust memory. Lines end at '\n' (not kept); a last line without one counts.
class LineReader {
  public:
    LineReader(std::istream& in, std::size_t limit) : in_(in), limit_(limit) {}
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    /// The next line into `line` (its first `limit` bytes); false at the end of the input.
    /// `too_long` tells whether the line had more than `limit` bytes.
    bool next(std::string& line, bool& too_long) {
        line.clear();
        too_long = false;
        line_start_ = offset_;
        bool any = false;
        for (;;) {
            if (pos_ == end_ && !fill()) {
                if (!any) return false;
                ++line_number_;
                return true;
            }
            any = true;
            const char* from = block_ + pos_;
            const auto* nl = static_cast<const char*>(std::memchr(from, '\n', end_ - pos_));
            std::size_t n = nl ? static_cast<std::size_t>(nl - from) : end_ - pos_;
            keep(line, from, n, too_long);
            pos_ += n;
            offset_ += n;
            if (nl) {
                ++pos_;
                ++offset_;
                ++line_number_;
                return true;
            }
        }
    }

    /// Byte offset in the input of the line last returned.
    std::uint64_t line_offset() const noexcept { return line_start_; }
    /// 1-based number of the line last returned.
    std::size_t line_number() const noexcept { return line_number_; }

  private:
    void keep(std::string& line, const char* from, std::size_t n, bool& too_long) const {
        if (too_long) return;
        if (line.size() + n > limit_) {
            line.append(from, limit_ - line.size());
            too_long = true;
            return;
        }
        line.append(from, n);
    }

    bool fill() {
        if (eof_) return false;
        auto got = in_.rdbuf()->sgetn(block_, sizeof block_);
        if (got <= 0) {
            eof_ = true;
            in_.setstate(std::ios::eofbit);
            return false;
        }
        pos_ = 0;
        end_ = static_cast<std::size_t>(got);
        return true;
    }

    std::istream& in_;
    std::size_t limit_;
    char block_[1 << 16];
    std::size_t pos_ = 0, end_ = 0;
    std::uint64_t offset_ = 0, line_start_ = 0;
    std::size_t line_number_ = 0;
    bool eof_ = false;
};

} // namespace corpkg::importers
