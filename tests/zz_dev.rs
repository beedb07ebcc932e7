use skillgap::domain::extract::Extractor;
use skillgap::domain::Catalogue;
#[test]
fn show() {
    let c = Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let e = Extractor::new(&c);
    for f in [
        "tests/fixtures/descriptions.json",
        "tests/fixtures/descriptions_dev2.json",
        "tests/fixtures/descriptions_fifth_heldout.json",
        "tests/fixtures/descriptions_sixth_heldout.json",
    ] {
        let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        for item in v["items"].as_array().unwrap() {
            let text = item["text"].as_str().unwrap();
            let found = e.extract(text);
            let got: Vec<String> = found
                .iter()
                .map(|f| format!("{}:{}[{}]", c.skill(f.skill).id, f.level.value(), &text[f.start..f.end]))
                .collect();
            let want: Vec<String> = item["skills"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| format!("{}:{}", l["skill"].as_str().unwrap(), l["level"]))
                .collect();
            println!(
                "{} | {}\n  want {}\n  got  {}",
                item["id"].as_str().unwrap(),
                text,
                want.join(" "),
                got.join(" ")
            );
        }
    }
}
