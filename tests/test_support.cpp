#include "test_support.hpp"

#include <fstream>
#include <random>
#include <sstream>
#include <sys/wait.h>

#include "core/name_keys.hpp"

namespace corpkg::testing {

namespace fs = std::filesystem;

ScratchDir::ScratchDir() {
    std::random_device rd;
    path_ = fs::temp_directory_path() / ("corpkg-test-" + std::to_string(rd()) + "-" +
                                         std::to_string(rd()));
    fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

std::string ScratchDir::write(const std::string& name, const std::string& content) const {
    auto p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
}

namespace {

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

RunResult run_shell(const std::string& command, const std::string& stdin_text) {
    ScratchDir io;
    std::string in = io.write("stdin", stdin_text);
    std::string cmd = "(" + command + ") <" + shell_quote(in) + " >" +
                      shell_quote(io.file("stdout")) + " 2>" + shell_quote(io.file("stderr"));
    int status = std::system(cmd.c_str());
    RunResult r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(io.file("stdout"));
    r.err = slurp(io.file("stderr"));
    return r;
}

RunResult run_corpkg(const std::vector<std::string>& args, const std::string& stdin_text) {
    std::string cmd = "env -u CORPKG_DB NO_COLOR=1 " + shell_quote(CORPKG_BINARY);
    for (const auto& a : args) {
        cmd += " " + shell_quote(a);
    }
    return run_shell(cmd, stdin_text);
}

std::string source_dir() { return CORPKG_SOURCE_DIR; }
std::string shared_dir() { return CORPKG_SHARED_DIR; }

core::Entity make_entity(const std::string& name, core::EntityType type) {
    core::Entity e;
    e.name = name;
    e.id = core::slugify(name);
    e.type = type;
    return e;
}

core::Document make_document(const std::string& hash, const std::string& subject,
                             core::Relation relation, const std::string& object,
                             const std::string& date) {
    core::Document doc;
    doc.article.content_hash = hash;
    doc.article.source = hash + ".txt";
    doc.article.published = date;
    doc.entities = {make_entity(subject), make_entity(object)};
    core::Statement s;
    s.subject = doc.entities[0].id;
    s.relation = relation;
    s.object = doc.entities[1].id;
    s.evidence.sentence = subject + " and " + object + ".";
    doc.statements.push_back(s);
    return doc;
}

} // namespace corpkg::testing
