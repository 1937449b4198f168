package org.talkarchive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

/** The search form as a browser without JavaScript submits it (jsoup's form data). */
class SearchFormTest {

    private final RunningApp app = RunningApp.get();

    private Document page(String path) {
        HttpResponse<String> response = app.get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body(), app.base + path);
    }

    private static Map<String, String> submitted(Document doc, String query) {
        FormElement form = (FormElement) doc.selectFirst("form#search");
        assertNotNull(form);
        form.selectFirst("input#q").val(query);
        Map<String, String> data = new LinkedHashMap<>();
        for (Connection.KeyVal kv : form.formData()) {
            data.put(kv.key(), kv.value());
        }
        return data;
    }

    @Test
    void searchingFromTheBrowsePageRanksByMatchNotDate() {
        Document browse = page("/search");
        assertEquals("", browse.selectFirst("select#sort option[selected]").val(),
                "browsing newest first is the default, not a choice the form resubmits");
        Map<String, String> data = submitted(browse, "fairness");
        assertEquals("", data.get("sort"), data.toString());
        String url = "/search?q=fairness&mode=" + data.get("mode") + "&sort=";
        assertEquals("", page(url).selectFirst("select#sort option[selected]").val(), url);
    }

    @Test
    void aChosenSortStaysChosen() {
        Document byDate = page("/search?q=fairness&sort=date");
        assertEquals("date", byDate.selectFirst("select#sort option[selected]").val());
        assertEquals("date", submitted(byDate, "dermatology").get("sort"));
        assertEquals("relevance", page("/search?sort=relevance").selectFirst("select#sort option[selected]").val());
    }
}
