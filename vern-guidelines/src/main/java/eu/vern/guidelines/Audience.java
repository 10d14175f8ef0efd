package eu.vern.guidelines;

import java.util.List;

/**
 * A group of people who get the same answers: staff, teachers, pupils of an age, elected members,
 * guests. Rules can read its ages and the data categories its members handle.
 */
public record Audience(
    String id,
    LocalizedText name,
    AgeRange ages,
    List<DataCategory> dataCategories,
    Recognition recognition) {

  public Audience {
    dataCategories = List.copyOf(dataCategories);
  }
}
