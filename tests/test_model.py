from warta.model import Article, Caption, Dateline, Entity, Line, Paragraph, Quote


def test_article_round_trip() -> None:
    article = Article(
        source="x.txt",
        title="Judul",
        authors=("A",),
        dateline=Dateline(place="Jakarta", outlet="IDN Times"),
        captions=(Caption(text="Foto", credit="ANTARA"),),
        paragraphs=(Paragraph(text="Isi.", role="body"),),
        removed=(Line(text="Baca Juga: x", role="related", line=3),),
        entities=(Entity("Putin", "PER", 0, 5, "Vladimir Putin"),),
        quotes=(Quote("a", "direct", "X", "X", "kata", 0, 1),),
        body="Isi.",
    )
    data = article.to_dict()
    assert data["dateline"] == {"place": "Jakarta", "outlet": "IDN Times"}
    assert Article.from_dict(data) == article
