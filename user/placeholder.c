typedef int keel_user_empty_unit;
