package org.sanling.searchindex;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene fields of a {@link SearchDocument} and how each is indexed. Title and content are
 * indexed literally (stored; the content is highlighted); the title also as words (the user
 * dictionary, then SmartChinese), which rank a document whose title has a query word as a word of
 * its own (short, so cheap to segment).
 */
final class IndexSchema {

    static final String ID = "id";
    static final String KIND = "kind";
    static final String NUMBER = "number";
    static final String TITLE = "title";
    static final String TITLE_WORDS = "title_words";
    static final String CONTENT = "content";
    /** Every code of the area path as its own exact term: a scope is then one term query. */
    static final String AREA = "area";
    /** Parent/child pairs of the area path, for counting the children of any scope. */
    static final String AREA_EDGES = "area_edges";
    static final String AREA_CODE = "area_code";
    static final String AREA_NAME = "area_name";
    static final String TYPE = "type";
    static final String CATEGORY = "category";
    static final String STATUS = "status";
    static final String MONTH = "month";
    static final String CREATED = "created";
    static final String OVERDUE = "overdue";
    /** The source's stamp ({@link SearchDocument#stamp()}), a doc value; the id is one too, for {@link StampReader}. */
    static final String STAMP = "stamp";

    static final String AREA_EDGE_SEPARATOR = "/";

    /** Stored fields a hit needs; the content is left out because the highlighter reads it. */
    static final Set<String> HIT_FIELDS = Set.of(
            ID, NUMBER, KIND, TITLE, AREA_CODE, AREA_NAME, STATUS, CREATED, TYPE, CATEGORY);

    /**
     * Content with offsets in its postings: the highlighter then reads match offsets straight from
     * the index instead of re-analysing each hit's text into a memory index, which was more than
     * half of the time of a search.
     */
    private static final FieldType CONTENT_TYPE = contentType();

    private static FieldType contentType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static final DateTimeFormatter MONTH_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(SearchDocument.MONTH_ZONE);

    private IndexSchema() {
    }

    /**
     * The analyzer for every field of this schema, made of the two given; closing those is up to
     * the caller.
     */
    static Analyzer analyzer(Analyzer literal, Analyzer words) {
        return new PerFieldAnalyzerWrapper(literal, Map.of(TITLE_WORDS, words));
    }

    /** The facet key of the edge from {@code parent} (null for the root) to {@code child}. */
    static String areaEdge(String parent, String child) {
        return (parent == null ? "" : parent) + AREA_EDGE_SEPARATOR + child;
    }

    static Document toDocument(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(ID, source.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(source.id())));
        doc.add(new NumericDocValuesField(STAMP, source.stamp()));
        doc.add(new StringField(KIND, source.kind().name(), Field.Store.YES));
        doc.add(new TextField(TITLE, source.title(), Field.Store.YES));
        doc.add(new TextField(TITLE_WORDS, source.title(), Field.Store.NO));
        if (source.number() != null) {
            doc.add(new StringField(NUMBER, source.number(), Field.Store.YES));
            // A number typed into the search box should find its item, weighted like the title.
            doc.add(new TextField(TITLE, source.number(), Field.Store.NO));
        }
        String content = source.content() == null ? "" : source.content();
        doc.add(new Field(CONTENT, content, CONTENT_TYPE));
        addAreas(doc, source.areaPath());
        doc.add(new StoredField(AREA_CODE, source.areaCode()));
        if (source.areaName() != null) {
            doc.add(new StoredField(AREA_NAME, source.areaName()));
        }
        addKeyword(doc, TYPE, source.type());
        addKeyword(doc, CATEGORY, source.category());
        addKeyword(doc, STATUS, source.status());
        doc.add(new SortedDocValuesField(MONTH, new BytesRef(MONTH_FORMAT.format(source.createdAt()))));
        doc.add(new LongField(CREATED, source.createdAt().toEpochMilli(), Field.Store.YES));
        doc.add(new StringField(OVERDUE, Boolean.toString(source.overdue()), Field.Store.NO));
        return doc;
    }

    private static void addAreas(Document doc, List<String> path) {
        String parent = null;
        for (String code : path) {
            doc.add(new StringField(AREA, code, Field.Store.NO));
            doc.add(new SortedSetDocValuesField(AREA_EDGES, new BytesRef(areaEdge(parent, code))));
            parent = code;
        }
    }

    /** An exact, filterable, countable and stored value; nothing at all when null. */
    private static void addKeyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    /** Reads the stored fields of {@link #HIT_FIELDS} of one document. */
    static Document hitFields(StoredFields stored, int docId) throws IOException {
        return stored.document(docId, HIT_FIELDS);
    }

    static String string(Document doc, String field) {
        IndexableField value = doc.getField(field);
        return value == null ? null : value.stringValue();
    }
}
