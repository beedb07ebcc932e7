fn main() {
    skillgap::start();
}
