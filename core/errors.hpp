#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace corpkg::core {

/// Base of every failure that stops an operation. Expected bad data is not an Error:
/// it becomes a Diagnostic in an import result and the run goes on.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// Input that cannot be read at all: a missing file, an unreadable stream.
/// `what()` already names the source and, where known, the line.
class InputError : public Error {
  public:
    InputError(std::string source, std::size_t line, const std::string& message)
        : Error(line > 0 ? source + ":" + std::to_string(line) + ": " + message
                         : source + ": " + message),
          source_(std::move(source)), line_(line) {}
    const std::string& source() const noexcept { return source_; }
    std::size_t line() const noexcept { return line_; }

  private:
    std::string source_;
    std::size_t line_;
};

/// A failure of the SQLite store, with SQLite's extended result code.
class StoreError : public Error {
  public:
    StoreError(const std::string& message, int sqlite_code)
        : Error(message), sqlite_code_(sqlite_code) {}
    int sqlite_code() const noexcept { return sqlite_code_; }

  private:
    int sqlite_code_;
};

/// A name, id or file that does not exist.
class NotFoundError : public Error {
  public:
    using Error::Error;
};

/// A request that makes no sense: bad option values, unknown relation names.
class UsageError : public Error {
  public:
    using Error::Error;
};

} // namespace corpkg::core
